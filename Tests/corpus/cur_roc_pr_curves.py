# ROC and precision-recall curves by sweeping thresholds; AUC by the trapezoid rule and by ranks.
import numpy as np
from sklearn.metrics import roc_auc_score, roc_curve, average_precision_score

np.random.seed(23)
y = np.random.binomial(1, 0.4, 60)
scores = np.clip(0.35 * y + np.random.rand(60) * 0.7, 0, 1)
order = np.argsort(-scores, kind="stable")
ys = y[order]
tps = np.cumsum(ys)
fps = np.cumsum(1 - ys)
tpr = np.concatenate([[0], tps / ys.sum()])
fpr = np.concatenate([[0], fps / (1 - ys).sum()])
auc_trap = float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2))
pos = scores[y == 1]
neg = scores[y == 0]
auc_rank = float(np.mean([(p > n) + 0.5 * (p == n) for p in pos for n in neg]))
print(round(auc_trap, 6), round(auc_rank, 6), round(roc_auc_score(y, scores), 6))
f, t, thr = roc_curve(y, scores)
print(len(f), np.round(f[:4], 4), np.round(t[:4], 4))
precision = tps / np.arange(1, len(ys) + 1)
recall = tps / ys.sum()
ap = float(np.sum(np.diff(np.concatenate([[0], recall])) * precision))
print(round(ap, 6), round(average_precision_score(y, scores), 6))
best = np.argmax(t - f)
print("Youden threshold:", round(float(thr[best]), 4), round(float(t[best] - f[best]), 4))
for k in [5, 10, 20]:
    print(f"precision@{k}:", ys[:k].mean())
