# Indexing patterns from tutorials: slicing, fancy, boolean, np.where, assignments through views.
import numpy as np

X = np.arange(1, 21).reshape(4, 5)
print(X[1], X[:, 1], X[1:3, ::2], X[-1, -2:], X[[0, 2]], X[:, [0, -1]])
print(X[[0, 1, 2], [1, 2, 3]], X[np.ix_([0, 3], [1, 4])], X[X % 7 == 0])
rows = X.sum(axis=1) > 30
print(rows, X[rows].shape, X[rows, :2])
Y = X.copy()
Y[Y > 15] = 0
Y[:, 0] = -1
Y[1] = np.arange(5) * 10
print(Y)
Z = X.astype(float)
Z[Z % 2 == 0] *= 0.5
print(Z[:2])
idx = np.where(X > 17)
print(idx, X[idx], np.where(X > 10, X, -X)[1:3])
print(np.argwhere(X % 9 == 0), np.nonzero(X[0] > 3))
v = np.array([10, 20, 30, 40, 50])
v[[0, 0, 1]] += 1
print(v)
mask = np.zeros(5, dtype=bool)
mask[[1, 3]] = True
print(v[mask], v[~mask], mask.sum(), mask.any(), np.flatnonzero(mask))
s = v[1:4]
s[:] = 0
print(v, s.base is v)
t = np.take(v, [4, 0]), v
print(t[0], v)
E = np.eye(4)
E[np.arange(4), np.arange(4)[::-1]] = 2
print(E)
print(X[1, ...], X[..., 2], X[np.newaxis, 0].shape)
i, j = np.unravel_index(np.argmax(X), X.shape)
print(i, j)
try:
    X[4]
except IndexError as e:
    print("IndexError:", e)
try:
    X[:, 5]
except IndexError as e:
    print("IndexError:", e)
