# Calibration: reliability bins, expected calibration error, Brier score.
import numpy as np
from sklearn.metrics import brier_score_loss
from sklearn.calibration import calibration_curve

np.random.seed(8)
n = 2000
true_p = np.random.beta(2, 3, n)
y = (np.random.rand(n) < true_p).astype(int)
overconfident = np.clip(0.5 + (true_p - 0.5) * 1.6, 0, 1)
for name, p in [("calibrated", true_p), ("overconfident", overconfident)]:
    bins = np.linspace(0, 1, 11)
    ids = np.clip(np.digitize(p, bins) - 1, 0, 9)
    ece = 0.0
    rows = []
    for b in range(10):
        mask = ids == b
        if mask.any():
            conf, acc = p[mask].mean(), y[mask].mean()
            ece += mask.mean() * abs(acc - conf)
            rows.append((b, int(mask.sum()), round(float(conf), 3), round(float(acc), 3)))
    print(name, "ECE", round(float(ece), 4), "Brier", round(brier_score_loss(y, p), 4))
    print(rows[:4])
    frac_pos, mean_pred = calibration_curve(y, p, n_bins=5)
    print(np.round(frac_pos, 4), np.round(mean_pred, 4))
print(round(float(np.mean((true_p - y) ** 2)), 6), brier_score_loss(y, true_p))
