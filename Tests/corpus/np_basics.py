import numpy as np
a = np.array([1.0, 2.5, -3.0])
b = np.array([1, 2, 3])
c = np.array([True, False, True])
print(a, b, c)
print(repr(a), repr(b), repr(c))
print(a.dtype, b.dtype, c.dtype, a.shape, b.ndim, c.size, repr(a.dtype))
print(a + b, a * 2, b * 2, b + 1, b / 2, b // 2, b % 2, b ** 2, -a, -b, ~c)
print(a + 1, b + 1.5, c + c, c * c, c + 1, a > 0, b == 2, a.sum(), b.sum(), c.sum(), a.mean(), b.mean())
print(repr(a.sum()), repr(b.sum()), repr(a[0]), repr(b[1]), repr(c[0]), a.max(), b.min(), repr(b.max()))
M = np.array([[1.0, 2.0], [3.0, 4.0]])
print(M)
print(repr(M), M.T, M.shape, M @ M, M.sum(axis=0), M.sum(axis=1), M.mean(axis=0))
row = M[0]
row[1] = 7
print(M, row, M[1, 0], M[-1, -1], M[:, 0], M[0, :], repr(M[0, 1]))
v = np.arange(10)
print(v, v[2:5], v[::2], v[::-1], v[v > 5], v[[1, 3, 5]], v.reshape(2, 5), repr(v))
w = v[2:5]
w[:] = 0
print(v)
v[v < 3] = -1
print(v)
print(np.zeros(3), np.ones((2, 3)), np.zeros(4, dtype=int), np.full(3, 7), np.eye(2), np.arange(1, 7, 2), np.arange(0.0, 1.0, 0.25))
print(np.linspace(0, 1, 5), np.linspace(0, 10, 4), np.sqrt(np.array([1.0, 4.0, 9.0])), np.exp(np.zeros(2)))
x = np.array([[1, 2, 3], [4, 5, 6]])
print(x, x.T, x.sum(), x.sum(axis=0), x.max(axis=1), x * x, x @ x.T, x.reshape(3, 2), x.flatten(), x.tolist())
print(len(x), list(np.array([3, 1, 2])), [float(t) for t in np.array([0.5, 1.5])], np.array([1.5, 2.5]).tolist())
d = np.array([0.1, 0.2, 0.3])
print(d, d * 3, d.sum(), np.sum(d), sum(d.tolist()), d + np.array([1, 2, 3]))
z = np.array([[1.5, 2.25], [3.125, 4.0]])
print(z, z * 10, z / 3)
e = np.array([1e-5, 1.0, 100.0])
print(e, np.array([1e9, 2.0]), np.array([0.0, -1.5]), np.array([123456.789, 0.001]))
