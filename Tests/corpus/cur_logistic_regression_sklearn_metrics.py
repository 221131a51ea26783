# Logistic regression by gradient descent, evaluated with scikit-learn's metrics.
import numpy as np
from sklearn import metrics

np.random.seed(0)
n = 200
X = np.random.randn(n, 2)
true_w = np.array([1.5, -2.0])
logits = X @ true_w + 0.3
y = (np.random.rand(n) < 1 / (1 + np.exp(-logits))).astype(int)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


w = np.zeros(2)
b = 0.0
lr = 0.5
for step in range(300):
    p = sigmoid(X @ w + b)
    grad_w = X.T @ (p - y) / n
    grad_b = np.mean(p - y)
    w -= lr * grad_w
    b -= lr * grad_b
    if step % 100 == 0:
        loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
        print(step, round(float(loss), 6))
p = sigmoid(X @ w + b)
pred = (p >= 0.5).astype(int)
print(np.round(w, 4), round(b, 4))
print("accuracy", metrics.accuracy_score(y, pred))
print("precision", round(metrics.precision_score(y, pred), 6), "recall", round(metrics.recall_score(y, pred), 6))
print("f1", round(metrics.f1_score(y, pred), 6))
print("auc", round(metrics.roc_auc_score(y, p), 6))
print("log loss", round(metrics.log_loss(y, p), 6), round(float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))), 6))
print(metrics.confusion_matrix(y, pred))
fpr, tpr, thr = metrics.roc_curve(y, p)
print(len(fpr), fpr[:3], tpr[-3:])
ranks = np.argsort(np.argsort(p)) + 1
pos = y == 1
auc_by_ranks = (ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum())
print("auc by ranks", round(float(auc_by_ranks), 6))
