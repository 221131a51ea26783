# Calibration by hand: bin predicted probabilities, compare the mean prediction with the observed rate,
# expected calibration error, and the Brier score.
import numpy as np

np.random.seed(12)
p = np.random.rand(2000)
y = (np.random.rand(2000) < p ** 1.3).astype(int)
bins = np.linspace(0, 1, 11)
which = np.clip(np.searchsorted(bins, p, side="right") - 1, 0, 9)
ece = 0.0
for b in range(10):
    mask = which == b
    if mask.sum() == 0:
        continue
    confidence = p[mask].mean()
    accuracy = y[mask].mean()
    ece += mask.sum() / len(p) * abs(confidence - accuracy)
    print(f"bin {b}: n={mask.sum():4d} mean p={confidence:.3f} rate={accuracy:.3f}")
print(f"ECE = {ece:.5f}")
brier = np.mean((p - y) ** 2)
print(f"Brier = {brier:.5f}")
