# k-nearest neighbours from scratch: a class with fit/predict, distances by broadcasting, accuracy by k.
import numpy as np
from collections import Counter

class KNN:
    def __init__(self, k=3):
        self.k = k

    def fit(self, X, y):
        self.X_, self.y_ = np.asarray(X, dtype=float), np.asarray(y)
        return self

    def predict(self, X):
        X = np.asarray(X, dtype=float)
        d = np.sqrt(((X[:, None, :] - self.X_[None, :, :]) ** 2).sum(axis=2))
        nearest = np.argsort(d, axis=1, kind="stable")[:, :self.k]
        out = []
        for row in nearest:
            votes = Counter(self.y_[row].tolist())
            out.append(max(sorted(votes), key=lambda c: votes[c]))
        return np.array(out)

    def score(self, X, y):
        return float(np.mean(self.predict(X) == np.asarray(y)))

np.random.seed(4)
A = np.random.randn(40, 2) + [0, 0]
B = np.random.randn(40, 2) + [2.5, 2.5]
X = np.vstack([A, B])
y = np.array([0] * 40 + [1] * 40)
perm = np.random.permutation(80)
X, y = X[perm], y[perm]
Xtr, Xte, ytr, yte = X[:60], X[60:], y[:60], y[60:]
for k in [1, 3, 5, 9]:
    model = KNN(k).fit(Xtr, ytr)
    print(k, model.score(Xte, yte), model.predict(Xte[:6]))
mu, sd = Xtr.mean(axis=0), Xtr.std(axis=0)
scaled = KNN(5).fit((Xtr - mu) / sd, ytr)
print("scaled:", scaled.score((Xte - mu) / sd, yte))
folds = np.array_split(np.arange(60), 5)
for k in [1, 5]:
    accs = []
    for f in folds:
        mask = np.ones(60, dtype=bool)
        mask[f] = False
        accs.append(KNN(k).fit(Xtr[mask], ytr[mask]).score(Xtr[f], ytr[f]))
    print(k, np.round(accs, 3), round(float(np.mean(accs)), 4))
