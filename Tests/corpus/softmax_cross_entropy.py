# Softmax, its numerically stable form, cross-entropy and its gradient, checked by finite differences.
import numpy as np


def softmax(z):
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def cross_entropy(logits, labels):
    p = softmax(logits)
    n = logits.shape[0]
    return -np.log(p[np.arange(n), labels]).mean()


def grad(logits, labels):
    p = softmax(logits)
    n = logits.shape[0]
    p[np.arange(n), labels] -= 1
    return p / n


logits = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [1000.0, 1001.0, 999.0]])
labels = np.array([0, 1, 2])
print(softmax(logits))
print(softmax(logits).sum(axis=1))
print(round(float(cross_entropy(logits, labels)), 10))
g = grad(logits, labels)
h = 1e-6
numeric = np.zeros_like(logits)
for i in range(logits.shape[0]):
    for j in range(logits.shape[1]):
        bumped = logits.copy()
        bumped[i, j] += h
        lowered = logits.copy()
        lowered[i, j] -= h
        numeric[i, j] = (cross_entropy(bumped, labels) - cross_entropy(lowered, labels)) / (2 * h)
print(np.abs(g - numeric).max() < 1e-6)
print(np.round(g, 6))
