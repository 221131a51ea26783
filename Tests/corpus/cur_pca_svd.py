# PCA by eigendecomposition of the covariance and by SVD; explained variance.
import numpy as np

np.random.seed(42)
n = 100
t = np.random.randn(n)
X = np.column_stack([t + 0.1 * np.random.randn(n), 2 * t + 0.2 * np.random.randn(n), np.random.randn(n)])
Xc = X - X.mean(axis=0)
C = Xc.T @ Xc / (n - 1)
print(np.round(C, 4))
print(np.allclose(C, np.cov(X, rowvar=False)))
vals, vecs = np.linalg.eigh(C)
order = np.argsort(vals)[::-1]
vals, vecs = vals[order], vecs[:, order]
print("eigenvalues:", np.round(vals, 4))
ratio = vals / vals.sum()
print("explained:", np.round(ratio, 4), np.round(np.cumsum(ratio), 4))
U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
print("singular^2/(n-1):", np.round(S ** 2 / (n - 1), 4), np.allclose(S ** 2 / (n - 1), vals))
for k in range(3):
    same = np.allclose(np.abs(Vt[k]), np.abs(vecs[:, k]))
    print(k, same)
Z = Xc @ vecs[:, :2]
print(Z.shape, np.round(np.var(Z, axis=0, ddof=1), 4))
X_rec = Z @ vecs[:, :2].T + X.mean(axis=0)
print("reconstruction MSE:", round(float(np.mean((X - X_rec) ** 2)), 6))
print(np.allclose(vecs.T @ vecs, np.eye(3)), np.round(np.abs(vecs.T @ vecs), 6))
k = int(np.searchsorted(np.cumsum(ratio), 0.95) + 1)
print("components for 95%:", k)
