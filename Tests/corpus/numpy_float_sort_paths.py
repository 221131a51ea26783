# np.sort / ndarray.sort of doubles at the sizes where the kernel changes method: sorting networks
# (up to 64 values), the vector quicksort, and the two-core split (from 2**17 values), with NaNs,
# infinities, repeated values, sorted and reversed input. Run by the corpus on both processor paths.
import numpy as np

rng = np.random.default_rng(2024)


def summary(a, ends=True):
    s = np.sort(a)
    b = a.copy()
    b.sort()
    finite = s[np.isfinite(s)]
    weights = np.arange(finite.size) % 7
    return (
        s.size,
        bool(np.array_equal(s, b, equal_nan=True)),
        bool(np.all(finite[1:] >= finite[:-1])) if finite.size else True,
        float(np.sum(finite * weights)),
        int(np.isnan(s).sum()),
        int(np.isposinf(s).sum()),
        int(np.signbit(s).sum()) if ends else None,
        # Which zeros NumPy's sort leaves negative depends on its method and the processor (its vector
        # networks can turn -0.0 into 0.0 and back): not shown.
        s[:3].tolist() if ends else None,
        s[-3:].tolist() if ends else None,
    )


for n in [0, 1, 2, 3, 4, 5, 8, 9, 16, 17, 31, 32, 33, 63, 64, 65, 100, 129, 1000, 4099, 131071, 131072, 200003]:
    x = rng.standard_normal(n)
    print(n, "normal", summary(x))
    print(n, "few values", summary(np.floor(rng.random(n) * 4)))
    print(n, "signed zeros", summary(np.where(rng.random(n) < 0.3, -0.0, 0.0) * np.floor(rng.random(n) * 2), False))
    print(n, "small integers", summary(np.round(rng.standard_normal(n)), False))
    z = x.copy()
    if n:
        z[rng.integers(0, n, max(1, n // 10))] = np.nan
        z[rng.integers(0, n, max(1, n // 20))] = np.inf
        z[rng.integers(0, n, max(1, n // 20))] = -np.inf
    print(n, "nan and inf", summary(z))
    print(n, "sorted", summary(np.arange(n, dtype=float)))
    print(n, "reversed", summary(np.arange(n, dtype=float)[::-1].copy()))
    print(n, "constant", summary(np.full(n, 2.5)))
    w = np.full(n, np.nan)
    if n > 10:
        w[:3] = [1.0, -1.0, 0.5]
    print(n, "mostly nan", summary(w))

m = rng.standard_normal((300, 500))
print(np.sort(m, axis=0)[:2, :3])
print(np.sort(m, axis=1)[-2:, -3:])
print(np.median(rng.standard_normal(200001)))
print(np.percentile(rng.standard_normal(300000), [5, 50, 95]))
print(np.unique(np.floor(rng.random(200000) * 50)).size)
