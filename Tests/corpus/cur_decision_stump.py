# Gini impurity, entropy and information gain; the best split of a decision stump by exhaustive search.
import math
import numpy as np

def gini(labels):
    n = len(labels)
    if n == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    p = counts / n
    return float(1 - np.sum(p ** 2))

def entropy(labels):
    n = len(labels)
    counts = np.bincount(labels)
    p = counts[counts > 0] / n
    return float(-np.sum(p * np.log2(p)))

y = np.array([0, 0, 1, 1, 1, 0, 1, 1])
print(round(gini(y), 4), round(entropy(y), 4), gini(np.array([1, 1])), entropy(np.array([0, 1])))
X = np.array([[2.0, 7.0], [3.0, 6.0], [5.5, 2.0], [6.0, 3.5], [7.0, 1.0], [1.5, 5.0], [8.0, 2.5], [6.5, 4.0]])

def best_split(X, y, criterion):
    best = (math.inf, None, None)
    n = len(y)
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for lo, hi in zip(values[:-1], values[1:]):
            t = (lo + hi) / 2
            left, right = y[X[:, j] <= t], y[X[:, j] > t]
            score = len(left) / n * criterion(left) + len(right) / n * criterion(right)
            if score < best[0] - 1e-12:
                best = (score, j, t)
    return best

for crit in [gini, entropy]:
    score, feature, threshold = best_split(X, y, crit)
    gain = crit(y) - score
    print(crit.__name__, feature, threshold, round(score, 4), round(gain, 4))
score, j, t = best_split(X, y, gini)
pred = np.where(X[:, j] > t, 1, 0)
print(pred, (pred == y).mean())
left = y[X[:, j] <= t]
right = y[X[:, j] > t]
print(left, right, np.bincount(left, minlength=2), np.bincount(right, minlength=2).argmax())
