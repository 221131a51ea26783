# Linear regression by mini-batch SGD, full-batch GD, and the normal equation.
import numpy as np

np.random.seed(0)
n, d = 200, 3
X = np.random.randn(n, d)
true_w = np.array([2.0, -1.0, 0.5])
y = X @ true_w + 3.0 + 0.1 * np.random.randn(n)
Xb = np.hstack([X, np.ones((n, 1))])
w_exact = np.linalg.solve(Xb.T @ Xb, Xb.T @ y)
print("normal equation:", np.round(w_exact, 4))
w_lstsq = np.linalg.lstsq(Xb, y, rcond=None)[0]
print("lstsq:", np.round(w_lstsq, 4), np.allclose(w_exact, w_lstsq))

def mse(w):
    r = Xb @ w - y
    return float(r @ r) / n

w = np.zeros(d + 1)
lr = 0.1
for epoch in range(100):
    grad = 2 / n * Xb.T @ (Xb @ w - y)
    w -= lr * grad
    if epoch % 25 == 0:
        print(f"gd epoch {epoch:3d} loss {mse(w):.6f}")
print("gd:", np.round(w, 4))

w = np.zeros(d + 1)
batch = 20
for epoch in range(30):
    idx = np.random.permutation(n)
    for start in range(0, n, batch):
        b = idx[start:start + batch]
        g = 2 / len(b) * Xb[b].T @ (Xb[b] @ w - y[b])
        w = w - 0.05 * g
    if epoch % 10 == 9:
        print(f"sgd epoch {epoch + 1} loss {mse(w):.6f}")
print("sgd:", np.round(w, 3), np.abs(w - w_exact).max() < 0.05)
velocity = np.zeros(d + 1)
w = np.zeros(d + 1)
for step in range(60):
    grad = 2 / n * Xb.T @ (Xb @ w - y)
    velocity = 0.9 * velocity - 0.05 * grad
    w += velocity
print("momentum:", np.round(w, 4), round(mse(w), 6))
