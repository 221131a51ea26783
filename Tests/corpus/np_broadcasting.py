import numpy as np

X = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0], [2.0, 1.0, 0.5]])
mu = X.mean(axis=0)
sigma = X.std(axis=0)
Z = (X - mu) / sigma
print(mu)
print(sigma)
print(Z.round(4))
print(Z.mean(axis=0).round(12), Z.std(axis=0))
row_sums = X.sum(axis=1, keepdims=True)
print(row_sums.shape)
P = X / row_sums
print(P)
print(P.sum(axis=1))
col = np.array([1.0, 2.0, 3.0]).reshape(-1, 1)
row = np.array([10.0, 20.0])
print(col + row)
print(col * row)
print(np.arange(3)[:, None] * np.arange(4)[None, :])
a = np.ones((2, 1, 3))
b = np.ones((4, 1))
print((a + b).shape)
try:
    np.ones((2, 3)) + np.ones((3, 2))
except ValueError as e:
    print("ValueError:", e)
D = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)
print(np.sqrt(D).round(3))
centered = X - X.mean(axis=0, keepdims=True)
cov = centered.T @ centered / (len(X) - 1)
print(cov.round(6))
print(np.allclose(cov, cov.T))
w = np.array([0.5, -0.25, 1.0])
b0 = 0.1
print(X @ w + b0)
print(np.maximum(X - 4, 0))
print(np.minimum(X, 5).sum())
