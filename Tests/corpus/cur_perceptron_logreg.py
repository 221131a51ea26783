# The perceptron rule and logistic regression by gradient descent on a separable toy set.
import numpy as np

np.random.seed(6)
X = np.vstack([np.random.randn(25, 2) + [2, 2], np.random.randn(25, 2) - [2, 2]])
y = np.array([1] * 25 + [-1] * 25)
w = np.zeros(2)
b = 0.0
for epoch in range(20):
    mistakes = 0
    for xi, yi in zip(X, y):
        if yi * (xi @ w + b) <= 0:
            w += yi * xi
            b += yi
            mistakes += 1
    if mistakes == 0:
        print("converged after", epoch + 1, "epochs")
        break
print(np.round(w, 4), b, np.mean(np.sign(X @ w + b) == y))
t = (y + 1) // 2
Xb = np.c_[X, np.ones(len(X))]
theta = np.zeros(3)
losses = []
for step in range(300):
    z = Xb @ theta
    p = 1 / (1 + np.exp(-z))
    losses.append(-np.mean(t * np.log(p + 1e-12) + (1 - t) * np.log(1 - p + 1e-12)))
    theta -= 0.1 * Xb.T @ (p - t) / len(t)
print(np.round(theta, 4), round(losses[0], 6), round(losses[-1], 6), losses[-1] < losses[0])
print(np.round(losses[::75], 5))
probs = 1 / (1 + np.exp(-(Xb @ theta)))
print(np.round(probs[:5], 4), ((probs > 0.5) == t).mean())
