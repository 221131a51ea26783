# Confusion matrix, precision, recall, F1 by hand against sklearn.
import numpy as np
from sklearn.metrics import confusion_matrix, precision_score, recall_score, f1_score, accuracy_score

y_true = np.array([1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1])
scores = np.array([0.9, 0.2, 0.65, 0.4, 0.55, 0.8, 0.1, 0.3, 0.7, 0.45, 0.6, 0.95])
for threshold in [0.3, 0.5, 0.7]:
    y_pred = (scores >= threshold).astype(int)
    tp = int(np.sum((y_pred == 1) & (y_true == 1)))
    fp = int(np.sum((y_pred == 1) & (y_true == 0)))
    fn = int(np.sum((y_pred == 0) & (y_true == 1)))
    tn = int(np.sum((y_pred == 0) & (y_true == 0)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"t={threshold}: TP={tp} FP={fp} FN={fn} TN={tn} P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    print(confusion_matrix(y_true, y_pred).tolist(), precision_score(y_true, y_pred), recall_score(y_true, y_pred))
    print(f1_score(y_true, y_pred), accuracy_score(y_true, y_pred), (tp + tn) / len(y_true))
cm = confusion_matrix(y_true, (scores > 0.5).astype(int))
print(cm)
print(cm.ravel(), cm.sum(axis=0), cm.sum(axis=1), np.trace(cm) / cm.sum())
labels = np.array([0, 2, 1, 2, 0, 1, 1, 2])
preds = np.array([0, 1, 1, 2, 0, 2, 1, 2])
print(confusion_matrix(labels, preds))
print(f1_score(labels, preds, average="macro"), f1_score(labels, preds, average="micro"), f1_score(labels, preds, average=None))
k = 3
m = np.zeros((k, k), dtype=int)
for t, p in zip(labels, preds):
    m[t, p] += 1
print(m, (m == confusion_matrix(labels, preds)).all())
per_class_recall = np.diag(m) / m.sum(axis=1)
print(per_class_recall, per_class_recall.mean())
