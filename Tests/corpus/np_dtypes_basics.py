# dtypes learners meet: int64, float64, bool; astype; integer results; printing of each.
import numpy as np

i = np.array([1, 2, 3])
f = np.array([1.0, 2.0, 3.0])
b = np.array([True, False, True])
print(i.dtype, f.dtype, b.dtype, (i / 2).dtype, (i // 2).dtype, (i * 1.0).dtype, (b + b).dtype, b.sum())
print(i / 2, i // 2, i * 2, f * 2, b * 3, b & ~b, np.array([1, 2]) == np.array([1.0, 2.0]))
print(f.astype(int), np.array([1.7, -1.7]).astype(int), i.astype(float), i.astype(bool), np.array([0, 2]).astype(bool))
print(np.zeros(3), np.zeros(3, dtype=int), np.ones((2, 2), dtype=bool), np.full(2, 7), np.full(2, 7.0))
print(np.arange(5), np.arange(0.0, 1.0, 0.25), np.arange(5).dtype, np.linspace(0, 1, 5), np.linspace(0, 10, 3).dtype)
x = np.array([1, 2, 3])
x[0] = 9.7
print(x, x.dtype)
y = np.array([1.5, 2.5])
y[0] = 3
print(y)
print(type(i[0]).__name__, type(f[0]).__name__, type(b[0]).__name__, i[0] + 1, f[0] * 2, type(i.sum()).__name__)
print(repr(i[0]), repr(f[1]), repr(b[1]), repr(i.mean()), repr(np.float64(0.1) + 0.2), str(np.int64(5)))
print(int(f[2]), float(i[1]), bool(b[1]), i.tolist(), f.tolist(), b.tolist(), type(i.tolist()[0]).__name__)
print(np.array([1, 2.5]), np.array([True, 2]), np.array([[1], [2]]).dtype, np.array(3.0).shape, np.array(3).ndim)
print(np.float64(2.0) ** -52, float(2 ** 63 - 1))
print(i.itemsize, f.nbytes, f.dtype == np.float64)
big = np.array([2 ** 62, 2 ** 62])
print(big.sum(), big * 2)
print(np.mean(i), np.mean(b), np.sum(b), i.max().item(), type(i.max().item()).__name__)
