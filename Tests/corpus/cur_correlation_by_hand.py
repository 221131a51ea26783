# Covariance and correlation by hand: Pearson, Spearman via ranks, correlation matrices, against SciPy.
import numpy as np
from scipy import stats

np.random.seed(13)
x = np.random.randn(30)
y = 0.7 * x + 0.5 * np.random.randn(30)
z = x ** 3 + 0.1 * np.random.randn(30)
cov = np.sum((x - x.mean()) * (y - y.mean())) / (len(x) - 1)
r = cov / (x.std(ddof=1) * y.std(ddof=1))
print(round(cov, 6), round(r, 6), round(np.cov(x, y)[0, 1], 6), round(np.corrcoef(x, y)[0, 1], 6))
print(round(stats.pearsonr(x, y).statistic, 6), round(stats.pearsonr(x, y).pvalue, 8))

def ranks(a):
    order = np.argsort(a)
    r = np.empty(len(a))
    r[order] = np.arange(1, len(a) + 1)
    return r

rho = np.corrcoef(ranks(x), ranks(z))[0, 1]
print(round(rho, 6), round(stats.spearmanr(x, z).statistic, 6), round(np.corrcoef(x, z)[0, 1], 6))
M = np.column_stack([x, y, z])
C = np.corrcoef(M, rowvar=False)
print(np.round(C, 4), np.allclose(np.diag(C), 1))
print(np.round(np.cov(M.T), 4).shape)
t = r * np.sqrt((len(x) - 2) / (1 - r ** 2))
p = 2 * stats.t.sf(abs(t), len(x) - 2)
print(round(t, 6), round(p, 10))
