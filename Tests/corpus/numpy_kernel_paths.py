# NumPy kernels on the paths that loop over buffers directly: elementwise operators with a scalar, equal shapes
# and broadcasting; comparisons into bools; ufuncs; where; max/min/argmax/argmin with NaN and signed zeros;
# strided reads (steps, transposes, reversed views); mask and index-array selection; sums along an outer axis.
import numpy as np

a = np.sin(np.arange(40) * 0.7)
b = np.cos(np.arange(40) * 0.3)
M = np.sin(np.arange(48.0) * 1.3).reshape(6, 8)

print(a * 0.5 - b, (a + b)[:5], (2.0 / (b + 3.0))[-3:])
print(M - M.mean(axis=0), M / M.sum(axis=1, keepdims=True))
print(a < 0.2, 0.2 <= a, a == b, a != a, (a > b).sum(), (M >= 0).sum(axis=0))
x = np.array([1.0, np.nan, -np.inf, 0.0, -0.0, 3.5])
print(x < 1, x >= 0, x == 0, x != np.nan, np.nan < x)
for f in [np.exp, np.tanh, np.floor, np.ceil, np.round, np.sign, np.log1p, np.sqrt, np.abs, np.square]:
    print(f(np.abs(a[:6]) * 3 + 0.5), f(-np.abs(b[:3])) if f is not np.sqrt and f is not np.log1p else None)
print(np.isnan(x), np.isfinite(x), np.isinf(x), np.signbit(x), np.logical_not(x), np.isnan(x).any())

print(np.where(a > 0, a, 0.0)[:8], np.where(M > 0.5, M, -M)[2], np.where(x > 0, 1, 0.5))
print(np.where(a > 0, a, 0)[:4].dtype, np.where(M > 0, 1.0, np.arange(8.0))[0], np.where(True, 2.0, 3.0))
print(np.where(x != x, -1.0, x), np.where(np.array([[True], [False]]), np.arange(3.0), 9.0))

for v in [a, b, M.ravel(), x, np.array([2.0]), np.arange(17.0), -np.arange(33.0)]:
    print(v.max(), v.min(), v.argmax(), v.argmin(), np.nanmax(v) if v.size else None)
c = a.copy()
c[29] = np.nan
print(c.max(), c.argmax(), c.argmin(), c[:20].max(), c[:20].argmax())
for xs in [[-0.0, 0.0], [0.0, -0.0], [-0.0] + [0.0] * 20, [0.0] + [-0.0] * 20, [1.0, -0.0, 0.0, -1.0]]:
    z = np.array(xs)
    print(z.max(), z.min(), z.argmax(), z.argmin())
print(M.max(axis=1), M.argmax(axis=1), M.min(axis=0), M.argmin(axis=0), M.argmax(axis=0))

print(a[::3], a[::-2][:5], a[5:30:4].sum(), M.T[1], M[:, ::3].T, M[::-1, 1::2].sum(axis=0))
print(M.T.copy().sum(axis=1), M[:, 2].copy(), M[1:5, 2:7].max(), M[::2, ::-1].argmax())
mask = a > 0.3
print(a[mask], M[M > 0.8], b[np.arange(0, 40, 7)], M[[0, 5, 2]], M[:, [1, -1]], a[[-1, 0, -1]])
print(M[M.sum(axis=1) > 0], a[~mask].sum(), np.arange(12)[np.arange(12) % 3 == 0], a[[]], a[mask].argmax())
print(M.sum(axis=0), M.mean(axis=0), M.reshape(2, 3, 8).sum(axis=1), M.reshape(2, 3, 8).mean(axis=0))

# NumPy's names for the same functions: np.abs is np.absolute (bools stay bools); np.around is its own function.
print(np.abs is np.absolute, np.abs.__name__, np.absolute(np.array([True, False])), np.absolute(np.array([-3, 2])))
print(np.around is np.round, np.around.__name__, np.around(2.675, 2), np.around(np.array([1.5, 2.5, -0.5])))
