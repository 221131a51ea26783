# np.clip as NumPy computes it: minimum(maximum(a, lo), hi) with NaN propagating, array bounds, out=.
import numpy as np
x = np.arange(6)
print(np.clip(x, 1, 4), np.clip(x, 1.5, 4), np.clip(x, None, 3), np.clip(x, 2, None))
print(np.clip(x, [0, 1, 2, 3, 4, 5], 3))
print(np.clip(x.reshape(2, 3), np.array([[1], [4]]), 4))
print(np.clip(5, np.nan, 1), np.clip(5, 0, 10), np.clip(5.5, 0, 1))
print(np.clip(np.array([1.0, np.nan, 3.0]), 0, 2), np.clip(np.arange(3.0), np.nan, 1))
print(np.clip(x, 4, 1))
y = np.zeros(6)
r = np.clip(x, 1, 4, out=y)
print(r is y, y)
z = np.arange(6.0)
np.clip(z, 1, 4, out=z)
print(z)
print(x.clip(1, 3), x.clip(max=2), np.clip(x, min=1, max=2))
try:
    np.clip(x, 1.5, 4, out=x)
except Exception as e:
    print(type(e).__name__, e)
b = np.array([True, False])
print(np.clip(b, 0, 1), np.clip(b, False, True))
print(np.clip(x, 1, 4).dtype, np.clip(x, np.int64(1), 4).dtype, np.clip(x, 1.0, 4).dtype)
print(repr(np.clip(3, 1, 2)), repr(np.clip(3.5, 1, 2)), repr(np.clip(np.float64(3.5), 1, 2)))
