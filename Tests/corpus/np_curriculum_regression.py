import numpy as np
np.random.seed(1)
n = 50
X = np.random.rand(n, 2)
true_w = np.array([2.0, -3.0])
y = X @ true_w + 0.5 + np.random.randn(n) * 0.1
Xb = np.hstack([X, np.ones((n, 1))])
w = np.linalg.solve(Xb.T @ Xb, Xb.T @ y)
print(np.round(w, 4))
pred = Xb @ w
mse = np.mean((pred - y) ** 2)
mae = np.mean(np.abs(pred - y))
r2 = 1 - np.sum((y - pred) ** 2) / np.sum((y - y.mean()) ** 2)
print(round(mse, 6), round(mae, 6), round(r2, 6))
theta = np.zeros(3)
lr = 0.5
for epoch in range(300):
    grad = 2 / n * Xb.T @ (Xb @ theta - y)
    theta -= lr * grad
    if epoch % 100 == 0:
        print(epoch, np.round(theta, 4), round(float(np.mean((Xb @ theta - y) ** 2)), 6))
print(np.round(theta, 3), np.allclose(theta, w, atol=1e-2))
mu = X.mean(axis=0)
sigma = X.std(axis=0)
Z = (X - mu) / sigma
print(np.round(Z.mean(axis=0), 10), np.round(Z.std(axis=0), 10), Z.shape)
idx = np.random.permutation(n)
train, test = idx[:40], idx[40:]
print(len(train), len(test), np.intersect1d(train, test).size if hasattr(np, "intersect1d") else 0)
