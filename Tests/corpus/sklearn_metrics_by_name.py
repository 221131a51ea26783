# Classification and regression metrics as scikit-learn names them, checked against hand-computed values.
import numpy as np
from sklearn import metrics
from sklearn.calibration import calibration_curve
from scipy import stats
from scipy.spatial.distance import jensenshannon

y_true = np.array([0, 1, 1, 0, 1, 1, 0, 0, 1, 0])
scores = np.array([0.1, 0.8, 0.65, 0.3, 0.9, 0.4, 0.2, 0.55, 0.7, 0.05])
y_pred = (scores >= 0.5).astype(int)
print(y_pred)
cm = metrics.confusion_matrix(y_true, y_pred)
print(cm)
tn, fp, fn, tp = cm.ravel()
print(tn, fp, fn, tp)
print(metrics.accuracy_score(y_true, y_pred), (tp + tn) / len(y_true))
print(metrics.precision_score(y_true, y_pred), tp / (tp + fp))
print(metrics.recall_score(y_true, y_pred), tp / (tp + fn))
print(round(metrics.f1_score(y_true, y_pred), 6))
print(metrics.roc_auc_score(y_true, scores))
fpr, tpr, thresholds = metrics.roc_curve(y_true, scores)
print(fpr, tpr, thresholds, sep="\n")
print(round(metrics.log_loss(y_true, scores), 10), round(metrics.brier_score_loss(y_true, scores), 10))
frac, mean_pred = calibration_curve(y_true, scores, n_bins=2)
print(frac, mean_pred)
animals = ["cat", "dog", "cat", "bird", "dog", "cat"]
guessed = ["cat", "cat", "cat", "bird", "dog", "dog"]
print(metrics.confusion_matrix(animals, guessed))
print(metrics.precision_score(animals, guessed, average=None))
print(round(metrics.f1_score(animals, guessed, average="macro"), 6), round(metrics.f1_score(animals, guessed, average="weighted"), 6))
y = np.array([3.0, -0.5, 2.0, 7.0])
yhat = np.array([2.5, 0.0, 2.0, 8.0])
print(metrics.mean_squared_error(y, yhat), metrics.mean_absolute_error(y, yhat), round(metrics.r2_score(y, yhat), 10))
print(round(metrics.root_mean_squared_error(y, yhat), 10))
print(round(float(stats.entropy([0.5, 0.25, 0.25], base=2)), 10), round(float(jensenshannon([1, 0], [0, 1])), 10))
for bad in (lambda: metrics.accuracy_score([1, 0], [1]), lambda: metrics.precision_score([0, 1, 2], [0, 1, 1])):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
