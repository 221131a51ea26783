# The six comparisons of float64 arrays into boolean masks, array against array, array against a number and a
# number against an array, at lengths around the vector widths, with NaN, infinities and both zeros. Run by the
# corpus on both processor paths.
import numpy as np

rng = np.random.default_rng(9)
special = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, 0.5, -0.5, 1e-300])
for n in [0, 1, 3, 4, 5, 15, 16, 17, 33, 1000, 4099]:
    x = np.round(rng.standard_normal(n), 1)
    y = np.round(rng.standard_normal(n), 1)
    if n:
        x[rng.integers(0, n, max(1, n // 5))] = special[rng.integers(0, 8, max(1, n // 5))]
        y[rng.integers(0, n, max(1, n // 7))] = special[rng.integers(0, 8, max(1, n // 7))]
    results = [x < y, x <= y, x > y, x >= y, x == y, x != y, x < 0.0, x >= -0.0, 0.5 > x, np.nan == x, x != np.nan,
               np.inf > x, x == x]
    print(n, [int(r.sum()) for r in results], [r[:5].tolist() for r in results[:3]] if n else None)
m = rng.standard_normal((3, 5))
print(m > 0, m[m > 0.5].size, (m[:, ::2] <= m[0, ::2]).tolist(), np.less(m, 0).sum(axis=1))
