import numpy as np

scores = np.array([72.5, 88.0, 91.5, 45.0, 67.0, 99.0, 58.5, 80.0])
passed = scores >= 60
print(passed)
print(passed.sum(), passed.mean())
print(scores[passed])
print(scores[~passed])
print(scores[(scores > 60) & (scores < 90)])
print(scores[(scores < 50) | (scores > 95)])
print(np.where(passed, 1, 0))
print(np.where(scores > 80, scores, 0.0))
idx = np.nonzero(scores > 85)[0]
print(idx, scores[idx])
print(np.argwhere(scores > 85).ravel())
print(np.any(scores > 98), np.all(scores > 40))
clipped = scores.copy()
clipped[clipped > 90] = 90
print(clipped)
print(scores)
labels = np.array([0, 1, 1, 0, 1, 0, 0, 1])
for c in (0, 1):
    print(c, scores[labels == c].mean().round(3), (labels == c).sum())
M = np.arange(12).reshape(3, 4)
print(M[M % 2 == 0])
M[M % 3 == 0] = -1
print(M)
print(M[[0, 2]])
print(M[[0, 2], [1, 3]])
print(M[:, [3, 0]])
rows = np.array([True, False, True])
print(M[rows])
print(M[rows, 1:3])
print(np.count_nonzero(M < 0))
x = np.array([3.0, np.nan, 1.0, np.nan, 5.0])
print(np.isnan(x), x[~np.isnan(x)].mean())
print(np.nanmean(x), np.nansum(x), np.nanmax(x))
