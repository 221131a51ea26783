# Data drift: PSI with quantile bins and the two-sample KS test, by hand and with SciPy.
import numpy as np
from scipy import stats

np.random.seed(5)
train = np.random.normal(0, 1, 5000)
same = np.random.normal(0, 1, 3000)
shifted = np.random.normal(0.3, 1.2, 3000)

def psi(expected, actual, bins=10):
    edges = np.quantile(expected, np.linspace(0, 1, bins + 1))
    edges[0], edges[-1] = -np.inf, np.inf
    e = np.histogram(expected, edges)[0] / len(expected)
    a = np.histogram(actual, edges)[0] / len(actual)
    e = np.clip(e, 1e-6, None)
    a = np.clip(a, 1e-6, None)
    return float(np.sum((a - e) * np.log(a / e)))

def ks_by_hand(x, y):
    x, y = np.sort(x), np.sort(y)
    grid = np.concatenate([x, y])
    cdf_x = np.searchsorted(x, grid, side="right") / len(x)
    cdf_y = np.searchsorted(y, grid, side="right") / len(y)
    return float(np.max(np.abs(cdf_x - cdf_y)))

for name, sample in [("same", same), ("shifted", shifted)]:
    p = psi(train, sample)
    d = ks_by_hand(train, sample)
    res = stats.ks_2samp(train, sample)
    verdict = "stable" if p < 0.1 else "moderate" if p < 0.25 else "major"
    print(f"{name}: PSI={p:.4f} ({verdict}) KS={d:.4f} scipy={res.statistic:.4f} p={res.pvalue:.3g}")
edges = np.quantile(train, [0, 0.25, 0.5, 0.75, 1])
print(np.round(edges, 4))
counts, bin_edges = np.histogram(shifted, bins=5)
print(counts, np.round(bin_edges, 3))
print(stats.ks_1samp(same, stats.norm.cdf).statistic.round(4), stats.kstest(shifted, "norm").pvalue < 0.01)
ref = np.array([0.2, 0.3, 0.5])
cur = np.array([0.25, 0.25, 0.5])
print(round(float(np.sum((cur - ref) * np.log(cur / ref))), 6), round(float(stats.entropy(cur, ref)), 6))
