# ROC AUC by hand: the Mann-Whitney view (pairs ranked correctly) and the trapezoid under the ROC curve.
import numpy as np

np.random.seed(5)
y = np.array([0] * 60 + [1] * 40)
scores = np.concatenate([np.random.randn(60), np.random.randn(40) + 1.0])
scores[10] = scores[70]  # a tie between a negative and a positive


def auc_pairs(y, s):
    pos = s[y == 1]
    neg = s[y == 0]
    wins = 0.0
    for a in pos:
        wins += np.sum(a > neg) + 0.5 * np.sum(a == neg)
    return wins / (len(pos) * len(neg))


def roc_curve(y, s):
    order = np.argsort(-s, kind="stable")
    y_sorted = y[order]
    tps = np.cumsum(y_sorted)
    fps = np.cumsum(1 - y_sorted)
    distinct = np.where(np.diff(s[order]) != 0)[0]
    idx = np.concatenate([distinct, [len(y) - 1]])
    tpr = np.concatenate([[0], tps[idx] / tps[-1]])
    fpr = np.concatenate([[0], fps[idx] / fps[-1]])
    return fpr, tpr


fpr, tpr = roc_curve(y, scores)
area = 0.0
for i in range(1, len(fpr)):
    area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2
print(f"pairs: {auc_pairs(y, scores):.6f}  trapezoid: {area:.6f}")
print(len(fpr), fpr[:4], tpr[-3:])
