# While loops in the numeric tier: as the loop the tier enters and nested in for loops, with hand-backs.
import numpy as np

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [k for k in range(n + 1) if flags[k]], i

print(sieve(100))

def collatz_steps(limit):
    longest = 0
    best = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        if steps > longest:
            longest = steps
            best = start
    return best, longest

print(collatz_steps(3000))

x = 2.0
g = 1.0
it = 0
while g * g - x > 1e-12 or x - g * g > 1e-12:
    g = (g + x / g) / 2
    it += 1
print(repr(g), it)

def newton(x):
    g = x
    it = 0
    while g * g - x > 1e-12 or x - g * g > 1e-12:
        g = (g + x / g) / 2
        it += 1
    return g, it

print(newton(10.0), newton(np.float64(3.0)))

def grow():
    v = 1
    k = 0
    while v < 10 ** 30:
        v = v * 7
        k += 1
    return v, k

print(grow())

def empty_while():
    i = 10
    while i < 5:
        i += 1
        j = i
    return i

print(empty_while())

a = np.zeros(5)
i = 0
try:
    while i < 8:
        a[i] = i * 1.5
        i += 1
except IndexError as e:
    print("IndexError:", e)
print(a, i)

def with_else(n):
    k = 0
    while k < n:
        k += 2
    else:
        k = -k
    return k

print(with_else(7))

def binary_search(xs, target):
    lo = 0
    hi = len(xs) - 1
    found = -1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            found = mid
            lo = hi + 1
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return found

data = np.arange(0, 200, 3)
print(binary_search(data, 99), binary_search(data, 100), binary_search([1.5, 2.5, 3.5], 3.5))
