# Multiclass softmax regression by gradient descent, with one-hot targets and scikit-learn's metrics.
import numpy as np
from sklearn import metrics

np.random.seed(11)
centers = np.array([[0.0, 0.0], [3.0, 0.5], [1.0, 3.0]])
X = np.vstack([c + np.random.randn(40, 2) * 0.7 for c in centers])
y = np.repeat(np.arange(3), 40)
Y = np.eye(3)[y]


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


W = np.zeros((2, 3))
b = np.zeros(3)
for epoch in range(201):
    P = softmax(X @ W + b)
    loss = -np.mean(np.sum(Y * np.log(P + 1e-12), axis=1))
    G = (P - Y) / len(X)
    W -= 0.5 * X.T @ G
    b -= 0.5 * G.sum(axis=0)
    if epoch % 50 == 0:
        print(epoch, round(float(loss), 6))
pred = P.argmax(axis=1)
print(np.round(W, 4), np.round(b, 4))
print(metrics.accuracy_score(y, pred), metrics.confusion_matrix(y, pred).tolist())
print(round(metrics.f1_score(y, pred, average="macro"), 6), np.round(metrics.recall_score(y, pred, average=None), 4))
print(round(metrics.log_loss(y, P), 6), round(float(loss), 6))
print(np.round(P[:3], 4), P.sum(axis=1)[:3])
