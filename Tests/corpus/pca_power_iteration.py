# PCA by hand: centre, covariance, the top eigenvector by power iteration, explained variance.
import numpy as np

np.random.seed(1)
n = 300
t = np.random.randn(n)
data = np.column_stack([t, 0.5 * t + 0.1 * np.random.randn(n), 0.2 * np.random.randn(n)])
centred = data - data.mean(axis=0)
cov = centred.T @ centred / (n - 1)
print(np.round(cov, 4))


def power_iteration(M, iterations=200):
    v = np.ones(M.shape[0]) / np.sqrt(M.shape[0])
    for _ in range(iterations):
        w = M @ v
        v = w / np.linalg.norm(w)
    return v, float(v @ M @ v)


v1, lam1 = power_iteration(cov)
deflated = cov - lam1 * np.outer(v1, v1)
v2, lam2 = power_iteration(deflated)
total = np.trace(cov)
print(np.round(v1 * np.sign(v1[0]), 5), round(lam1, 6))
print(round(lam2, 6), f"explained: {lam1 / total:.4%}, {lam2 / total:.4%}")
scores = centred @ v1
print(round(float(scores.var(ddof=1)), 6), round(lam1, 6))
print(abs(v1 @ v2) < 1e-6)
