def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]
def quicksort(xs):
    if len(xs) < 2:
        return xs
    pivot, rest = xs[0], xs[1:]
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
data = [38, 27, 43, 3, 9, 82, 10, 3]
print(gcd(48, 180), gcd(17, 5), binary_search(sorted(data), 43), binary_search(data, 100))
print([collatz(n) for n in range(1, 12)], max(range(1, 1000), key=collatz))
print(isqrt_newton(10 ** 30), isqrt_newton(99), merge_sort(data), quicksort(data) == sorted(data))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
def fib_memo(n, memo={}):
    if n in memo:
        return memo[n]
    memo[n] = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
print(fib_memo(100), fib_memo(200) % 1000000007)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return out or "0"
print(to_base(255, 2), to_base(255, 16), to_base(10 ** 20, 36), int(to_base(10 ** 20, 36), 36) == 10 ** 20)
