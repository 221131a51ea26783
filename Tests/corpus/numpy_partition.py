# np.partition and np.argpartition: the k-th element in place, smaller before, larger after, and the rest
# where NumPy's selection leaves them.
import numpy as np

a = np.array([5, 3, 8, 1, 9, 2, 7, 4, 6, 0])
print(np.partition(a, 3))
print(np.argpartition(a, 3))
print(np.partition(a, (2, 6)))
print(np.argpartition(a, [2, 6]))
print(np.partition(a, -1), np.partition(a, 0))
print(np.partition(a.astype(float), 4))

# Top-k: the usual interview idiom.
scores = np.array([0.1, 0.9, 0.35, 0.8, 0.65, 0.2, 0.95, 0.5])
k = 3
top = np.argpartition(scores, -k)[-k:]
print(top, top[np.argsort(scores[top])[::-1]])
print(np.sort(np.partition(scores, -k)[-k:]))

# Several kth at once: NumPy's introselect on any processor, any size.
rng = np.random.default_rng(3)
x = rng.integers(0, 1000, 500)
p = np.partition(x, (10, 250, 400))
print(p[:12], p[245:255], p[-5:])
q = np.argpartition(x, [0, 499])
print(q[:10], x[q[0]], x[q[-1]])
f = rng.normal(size=300)
print(np.round(np.partition(f, [5, 150, 294])[[5, 150, 294]], 6))

# One kth: small arrays come back sorted (up to 64 values; positions up to 256).
for n in (7, 20, 64):
    y = rng.integers(0, 5, n)
    print(n, np.partition(y, n // 3))
for n in (100, 256):
    y = rng.integers(0, 5, n)
    print(n, np.argpartition(y, n // 2)[:20])

# Larger arrays, one kth: NumPy's vector quickselect, whose order depends on the processor's vectors.
for n in (300, 1000, 10000):
    y = rng.integers(0, 50, n)
    k = n // 3
    print(n, np.partition(y, k)[:10], np.partition(y, k)[-5:], np.argpartition(y, k)[:10])
    print(np.partition(y * 0.5, 10)[:12], np.argpartition(y * 0.5, -4)[-4:])

# NaNs go last.
z = np.array([2.5, np.nan, 0.5, 1.5, np.nan, 3.5, 0.5])
print(np.partition(z, 2), np.argpartition(z, 2))
print(np.partition(z, -1), np.partition(z, (1, 3)))
w = rng.integers(0, 9, 400).astype(float)
w[::9] = np.nan
print(np.argpartition(w, 37)[:16])

# Bools.
mask = rng.random(30) < 0.4
print(np.partition(mask, 20), np.argpartition(mask, 5))

# Along an axis, flattened, and the methods (partition works in place).
m = rng.integers(0, 20, (4, 8))
print(np.partition(m, 2))
print(np.partition(m, 1, axis=0))
print(np.argpartition(m, (1, 5), axis=1))
print(np.partition(m, 9, axis=None))
c = m[0].copy()
print(c.partition(3), c)
print(m[1].argpartition(-2))

for args in [(a, 10), (a, -11), (a, 2.0), (a, True), (a, [[0, 1]]), (a, np.array([[0, 1]]))]:
    try:
        np.partition(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for kw in [{"kind": "quicksort"}, {"order": "x"}]:
    try:
        np.argpartition(a, 1, **kw)
    except ValueError as e:
        print(e)
