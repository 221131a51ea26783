# np.argsort's default order of equal values, as NumPy's own sort leaves them (not the stable order).
import numpy as np

labels = np.array([2, 2, 2, 1, 1, 1, 0, 0])
print(np.argsort(labels))
print(labels.argsort())
print(np.argsort(labels, kind="stable"))
print(np.argsort(labels, kind="mergesort"), np.argsort(labels, stable=True))
print(np.argsort(labels, kind="heapsort"), np.argsort(labels, kind="quicksort"))

# Ranks by argsort of argsort: ties get the ranks the sort hands out.
scores = np.array([70, 85, 85, 90, 70, 60, 85, 90, 100, 70])
print(scores.argsort().argsort())
print(np.argsort(-scores))

# Small arrays of many ties, every length up to 40, ints and floats alike.
rng = np.random.default_rng(0)
for n in range(1, 41):
    x = rng.integers(0, 3, n)
    a = np.argsort(x)
    assert (np.diff(x[a]) >= 0).all()
    assert (np.argsort(x.astype(float)) == a).all()
    if n % 8 == 0:
        print(n, a)

# Up to 256 elements, the same order for any seed (the sort's small-array network).
for n in (100, 200, 256):
    x = rng.integers(0, 5, n)
    print(n, np.argsort(x)[:24])

# Larger arrays: NumPy partitions with AVX2 or AVX-512 vectors, and the order of ties follows.
for n, m in ((1000, 3), (5000, 50), (20000, 7)):
    x = rng.integers(0, m, n)
    o = np.argsort(x)
    print(n, o[:12], o[n // 2 : n // 2 + 6], o[-6:], int((o * np.arange(n) % 1009).sum()))
    print(np.argsort(x * 0.25)[:12], np.argsort(np.sort(x))[:8], np.argsort(x[::-1])[:8])

# Infinities and signed zeros tie like any equal values.
print(np.argsort(np.array([np.inf, 1.0, np.inf, 0.0, np.inf, -np.inf, -np.inf])))
print(np.argsort(np.array([0.0, -0.0, 0.0, -0.0, 1.0, -1.0])))

# With a NaN, a different sort runs; NaNs still go last.
y = np.array([3.0, np.nan, 1.0, 3.0, 1.0, np.nan, 2.0, 1.0, 3.0, 2.0] * 4)
print(np.argsort(y))
big = rng.integers(0, 4, 600).astype(float)
big[::7] = np.nan
order = np.argsort(big)
print(order[:30], order[-10:])

# Bools sort by NumPy's introsort on any processor.
mask = rng.random(50) < 0.5
print(np.argsort(mask))
print(np.argsort(~mask)[:10])

# Along an axis, each lane on its own.
m = rng.integers(0, 3, (4, 9))
print(np.argsort(m))
print(np.argsort(m, axis=0))
print(np.argsort(m, axis=None)[:12])

for bad in ("foo", 3):
    try:
        np.argsort(labels, kind=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    np.argsort(labels, kind="stable", stable=True)
except ValueError as e:
    print(e)
