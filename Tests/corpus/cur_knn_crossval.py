# k-nearest neighbours and k-fold cross-validation written with NumPy, as a learner would.
import numpy as np

np.random.seed(3)
n_per = 30
class0 = np.random.randn(n_per, 2) + np.array([0.0, 0.0])
class1 = np.random.randn(n_per, 2) + np.array([2.5, 2.0])
X = np.vstack([class0, class1])
y = np.array([0] * n_per + [1] * n_per)


class StandardScaler:
    def fit(self, X):
        self.mean_ = X.mean(axis=0)
        self.scale_ = X.std(axis=0)
        return self

    def transform(self, X):
        return (X - self.mean_) / self.scale_


class KNN:
    def __init__(self, k=3):
        self.k = k

    def fit(self, X, y):
        self.X, self.y = X, y
        return self

    def predict(self, X):
        d = ((X[:, None, :] - self.X[None, :, :]) ** 2).sum(axis=2)
        nearest = np.argsort(d, axis=1, kind="stable")[:, : self.k]
        votes = self.y[nearest]
        return (votes.mean(axis=1) > 0.5).astype(int)


order = np.random.permutation(len(X))
folds = np.array_split(order, 5)
scores = []
for i, test_idx in enumerate(folds):
    train_idx = np.concatenate([f for j, f in enumerate(folds) if j != i])
    scaler = StandardScaler().fit(X[train_idx])
    model = KNN(k=5).fit(scaler.transform(X[train_idx]), y[train_idx])
    pred = model.predict(scaler.transform(X[test_idx]))
    acc = (pred == y[test_idx]).mean()
    scores.append(acc)
    print(i, len(train_idx), len(test_idx), round(float(acc), 4))
print(np.round(scores, 4), round(float(np.mean(scores)), 4), round(float(np.std(scores)), 4))
scaler = StandardScaler().fit(X)
Z = scaler.transform(X)
print(np.round(Z.mean(axis=0), 10), np.round(Z.std(axis=0), 10))
centered = X - X.mean(axis=0)
U, S, Vt = np.linalg.svd(centered, full_matrices=False)
signs = np.sign(Vt[:, 0])
Vt = Vt * signs[:, None]
print(np.round(S ** 2 / (len(X) - 1), 6), np.round(Vt, 6))
explained = S ** 2 / np.sum(S ** 2)
print(np.round(explained, 6), np.round(np.cumsum(explained), 6))
projected = centered @ Vt[0]
print(np.round(projected[:5], 6))
