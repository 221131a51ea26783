import numpy as np
n = 30
flags = [True] * n
flags[0] = flags[1] = False
for i in range(2, n):
    if flags[i]:
        for j in range(i * i, n, i):
            flags[j] = False
print([k for k in range(n) if flags[k]])
xs = list(range(20))
print([x + 1 for x in xs if x % 3 == 0], [x * 0.5 for x in xs][:4], [x > 5 for x in xs][:8])
a = np.linspace(0, 1, 5)
print([v * 2 for v in a], [i * i for i, v in enumerate(a)], [p * q for p, q in zip(xs, a)])
print([2 ** k for k in range(70)][-2:], [10 // (k - 3) for k in range(3)])
try:
    print([10 // (k - 3) for k in range(5)])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
def range(k):
    print("my range", k)
    return [1, 2]
print([x for x in range(3)])
del range
calls = 0
def count():
    global calls
    calls += 1
    return 3
print([x for x in range(count())], calls)
print(sum(x for x in range(count())), calls)
try:
    print([x for x in 5])
except TypeError as e:
    print("TypeError", e)
print(sum(x * x for x in xs if x > 10), sum(v for v in a), [s for s in "abc"], [t for t in (1, 2.5)])
words = ["a", "bb"]
print([len(w) for w in words], [k for k in xs if k in (1, 2)])
def g():
    m = 4
    return [i * m for i in range(m)]
print(g(), [[i, j] for i in range(2) for j in range(2)])
print(sum(x for x in enumerate(xs) if False), [i + x for i, x in enumerate(xs, 1)][:3])
