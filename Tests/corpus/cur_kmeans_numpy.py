# K-means with NumPy broadcasting: assignments, centroid updates, inertia, k-means++ style init.
import numpy as np

np.random.seed(2)
centers = np.array([[0.0, 0.0], [5.0, 5.0], [0.0, 6.0]])
X = np.vstack([c + np.random.randn(30, 2) * 0.8 for c in centers])
print(X.shape, np.round(X.mean(axis=0), 4))

def kmeans(X, k, iters=20):
    idx = [0]
    for _ in range(1, k):
        d2 = np.min(((X[:, None, :] - X[idx][None, :, :]) ** 2).sum(axis=2), axis=1)
        idx.append(int(np.argmax(d2)))
    C = X[idx].copy()
    for it in range(iters):
        dist = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)
        labels = dist.argmin(axis=1)
        newC = np.array([X[labels == j].mean(axis=0) for j in range(k)])
        if np.allclose(newC, C):
            break
        C = newC
    inertia = float(((X - C[labels]) ** 2).sum())
    return C, labels, inertia, it

C, labels, inertia, it = kmeans(X, 3)
order = np.lexsort((C[:, 1], C[:, 0]))
print(np.round(C[order], 3), it)
print(np.bincount(labels), round(inertia, 4))
for k in [1, 2, 3, 4]:
    print(k, round(kmeans(X, k)[2], 3))
dists = np.sqrt(((X[:5, None] - X[None, :5]) ** 2).sum(-1))
print(np.round(dists, 3))
print(np.unique(labels, return_counts=True))
