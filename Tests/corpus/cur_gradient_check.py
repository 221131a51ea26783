# Numerical gradient checks for a tiny network's loss (central differences vs analytic).
import numpy as np

np.random.seed(3)
X = np.random.randn(5, 4)
y = np.array([0, 1, 1, 0, 1])
W1 = np.random.randn(4, 3) * 0.5
b1 = np.zeros(3)
W2 = np.random.randn(3) * 0.5
b2 = 0.0

def forward(W1, b1, W2, b2):
    h = np.tanh(X @ W1 + b1)
    z = h @ W2 + b2
    p = 1 / (1 + np.exp(-z))
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    return loss, h, p

loss, h, p = forward(W1, b1, W2, b2)
print(round(float(loss), 8))
dz = (p - y) / len(y)
dW2 = h.T @ dz
db2 = dz.sum()
dh = np.outer(dz, W2) * (1 - h ** 2)
dW1 = X.T @ dh
db1 = dh.sum(axis=0)

def numeric(param, f, eps=1e-6):
    g = np.zeros_like(param)
    it = np.nditer(param, flags=["multi_index"]) if False else None
    flat = param.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + eps
        up = f()
        flat[i] = old - eps
        down = f()
        flat[i] = old
        g.reshape(-1)[i] = (up - down) / (2 * eps)
    return g

nW1 = numeric(W1, lambda: forward(W1, b1, W2, b2)[0])
nW2 = numeric(W2, lambda: forward(W1, b1, W2, b2)[0])
nb1 = numeric(b1, lambda: forward(W1, b1, W2, b2)[0])
def rel(a, b):
    return float(np.max(np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))))
print(rel(dW1, nW1) < 1e-6, rel(dW2, nW2) < 1e-6, rel(db1, nb1) < 1e-6)
print(np.round(dW2, 6), round(float(db2), 6))
print(np.round(dW1[:2], 5))
f = lambda v: v[0] ** 2 * v[1] + np.sin(v[1])
v = np.array([1.5, 0.5])
analytic = np.array([2 * v[0] * v[1], v[0] ** 2 + np.cos(v[1])])
numeric_g = np.array([(f(v + e) - f(v - e)) / 2e-5 for e in np.eye(2) * 1e-5])
print(np.round(analytic, 6), np.round(numeric_g, 6), np.allclose(analytic, numeric_g))
