# Log loss and softmax, numerically stable, by hand and against sklearn.
import numpy as np
from sklearn.metrics import log_loss

def sigmoid(z):
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))

z = np.array([-800.0, -5.0, 0.0, 5.0, 800.0])
with np.errstate(over="ignore"):
    print(sigmoid(z))
y = np.array([1, 0, 1, 1, 0])
p = np.array([0.9, 0.1, 0.8, 0.35, 0.4])
eps = 1e-15
pc = np.clip(p, eps, 1 - eps)
manual = -np.mean(y * np.log(pc) + (1 - y) * np.log(1 - pc))
print(manual, log_loss(y, p), np.isclose(manual, log_loss(y, p)))

def softmax(logits):
    shifted = logits - logits.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)

L = np.array([[2.0, 1.0, 0.1], [1000.0, 1001.0, 1002.0], [0.0, 0.0, 0.0]])
P = softmax(L)
print(np.round(P, 6), P.sum(axis=1))
labels = np.array([0, 2, 1])
ce = -np.log(P[np.arange(3), labels])
print(np.round(ce, 6), ce.mean())
onehot = np.eye(3)[labels]
print(onehot, -np.sum(onehot * np.log(P)) / 3)
print(log_loss(labels, P), np.isclose(log_loss(labels, P), ce.mean()))
grad = (P - onehot) / 3
print(np.round(grad, 6))

def logsumexp(a):
    m = np.max(a)
    return m + np.log(np.sum(np.exp(a - m)))

print(logsumexp(np.array([1000.0, 1000.0])), logsumexp(np.array([-1000.0, -1000.0])), np.log(2))
