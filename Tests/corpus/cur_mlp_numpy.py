# A two-layer network on XOR-like data in NumPy: forward pass, backprop, weight updates, accuracy.
import numpy as np

np.random.seed(0)
X = np.random.randn(200, 2)
y = ((X[:, 0] * X[:, 1]) > 0).astype(float).reshape(-1, 1)
W1 = np.random.randn(2, 8) * 0.5
b1 = np.zeros((1, 8))
W2 = np.random.randn(8, 1) * 0.5
b2 = np.zeros((1, 1))
lr = 0.5
for epoch in range(501):
    h = np.tanh(X @ W1 + b1)
    p = 1 / (1 + np.exp(-(h @ W2 + b2)))
    loss = -np.mean(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9))
    dz2 = (p - y) / len(X)
    dW2 = h.T @ dz2
    db2 = dz2.sum(axis=0, keepdims=True)
    dh = dz2 @ W2.T * (1 - h ** 2)
    dW1 = X.T @ dh
    db1 = dh.sum(axis=0, keepdims=True)
    W1 -= lr * dW1
    b1 -= lr * db1
    W2 -= lr * dW2
    b2 -= lr * db2
    if epoch % 100 == 0:
        acc = ((p > 0.5) == y).mean()
        print(f"epoch {epoch:3d} loss {loss:.4f} acc {acc:.3f}")
print(W1.shape, b1.shape, W2.shape, np.round(b2, 4))
test = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])
out = 1 / (1 + np.exp(-(np.tanh(test @ W1 + b1) @ W2 + b2)))
print(np.round(out.ravel(), 3), (out.ravel() > 0.5).astype(int))
