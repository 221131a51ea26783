import numpy as np
np.random.seed(7)
a = np.random.normal(10, 2, size=200)
b = np.random.normal(10.5, 2, size=200)
print(round(a.mean(), 6), round(a.std(), 6), round(b.mean(), 6), np.round(np.percentile(a, [5, 50, 95]), 4))
diff = b.mean() - a.mean()
se = np.sqrt(a.var(ddof=1) / len(a) + b.var(ddof=1) / len(b))
t = diff / se
print(round(diff, 6), round(se, 6), round(t, 6))
pooled = np.concatenate([a, b])
count = 0
for _ in range(200):
    perm = np.random.permutation(pooled)
    d = perm[200:].mean() - perm[:200].mean()
    if abs(d) >= abs(diff):
        count += 1
print("permutation p ~", count / 200)
def ks_stat(x, y):
    x = np.sort(x)
    y = np.sort(y)
    values = np.sort(np.concatenate([x, y]))
    cdf_x = np.searchsorted(x, values, side="right") / len(x) if hasattr(np, "searchsorted") else None
    return cdf_x
def psi(expected, actual, bins=10):
    edges = np.quantile(expected, np.linspace(0, 1, bins + 1))
    e_counts = np.zeros(bins)
    a_counts = np.zeros(bins)
    for v in expected:
        k = min(int(np.sum(v > edges[1:-1])), bins - 1)
        e_counts[k] += 1
    for v in actual:
        k = min(int(np.sum(v > edges[1:-1])), bins - 1)
        a_counts[k] += 1
    e = np.clip(e_counts / len(expected), 1e-6, None)
    p = np.clip(a_counts / len(actual), 1e-6, None)
    return float(np.sum((p - e) * np.log(p / e)))
print(round(psi(a, a), 8), round(psi(a, b), 6), round(psi(a, a + 3), 6))
x = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
y = np.array([2.1, 3.9, 6.2, 7.8, 10.1])
cov = np.mean((x - x.mean()) * (y - y.mean()))
corr = cov / (x.std() * y.std())
print(round(cov, 6), round(corr, 8))
