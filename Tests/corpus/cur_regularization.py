# Ridge and lasso by hand: closed-form ridge over a grid of alphas, coordinate-descent lasso, shrinkage.
import numpy as np

np.random.seed(9)
n, d = 50, 5
X = np.random.randn(n, d)
w_true = np.array([3.0, 0.0, -2.0, 0.0, 0.5])
y = X @ w_true + 0.5 * np.random.randn(n)
Xc = X - X.mean(axis=0)
yc = y - y.mean()
for alpha in [0.0, 1.0, 10.0, 100.0]:
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(d), Xc.T @ yc)
    print(alpha, np.round(w, 3), round(float(np.linalg.norm(w)), 4))

def soft(z, g):
    return np.sign(z) * max(abs(z) - g, 0.0)

def lasso(X, y, lam, iters=200):
    n, d = X.shape
    w = np.zeros(d)
    col_sq = (X ** 2).sum(axis=0)
    for _ in range(iters):
        for j in range(d):
            r = y - X @ w + X[:, j] * w[j]
            w[j] = soft(X[:, j] @ r, lam * n) / col_sq[j]
    return w

for lam in [0.01, 0.1, 0.5]:
    w = lasso(Xc, yc, lam)
    print(lam, np.round(w, 3), int(np.sum(np.abs(w) > 1e-10)))
l2 = lambda w: float(np.sum(w ** 2))
l1 = lambda w: float(np.sum(np.abs(w)))
print(l2(w_true), l1(w_true), np.round(np.linalg.norm(w_true, 1), 2))
