# Recursion: tree walks over nested data, permutations, flatten, memoised recursion, hanoi, power set.
def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]

print(flatten([1, [2, [3, (4, 5)], []], [[6]]]))

def depth(x):
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    if isinstance(x, list):
        return 1 + max((depth(v) for v in x), default=0)
    return 0

config = {"model": {"layers": [{"units": 64}, {"units": 32}], "act": "relu"}, "lr": 0.1}
print(depth(config), depth([]), depth(5))

def paths(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from paths(v, key)
        else:
            yield key, v

print(list(paths({"a": 1, "b": {"c": 2, "d": {"e": 3}}})))

def permutations(xs):
    if len(xs) <= 1:
        return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in permutations(xs[:i] + xs[i + 1:])]

print(permutations([1, 2, 3]), len(permutations(list(range(5)))))

def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]

print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))
moves = []
def hanoi(n, src="A", dst="C", via="B"):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(4)
print(len(moves), moves[:5])

def binary_search(xs, target, lo=0, hi=None):
    hi = len(xs) - 1 if hi is None else hi
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binary_search(xs, target, mid + 1, hi)
    return binary_search(xs, target, lo, mid - 1)

data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28), binary_search([], 1))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3), ackermann(3, 3))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
import sys
print(sys.getrecursionlimit() >= 1000)
