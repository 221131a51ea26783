# k-means by hand: assignment and update steps with NumPy broadcasting.
import numpy as np

np.random.seed(3)
centers_true = np.array([[0.0, 0.0], [5.0, 5.0], [0.0, 6.0]])
points = np.concatenate([c + np.random.randn(40, 2) for c in centers_true])


def kmeans(X, k, iterations=20):
    centroids = X[:k].copy()
    for it in range(iterations):
        distances = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        labels = distances.argmin(axis=1)
        new = np.array([X[labels == j].mean(axis=0) for j in range(k)])
        if np.allclose(new, centroids):
            return new, labels, it
        centroids = new
    return centroids, labels, iterations


centroids, labels, iterations = kmeans(points, 3)
order = np.argsort(centroids[:, 0] * 10 + centroids[:, 1])
print(np.round(centroids[order], 3))
print("converged after", iterations, "iterations")
print("cluster sizes:", sorted(np.bincount(labels).tolist()))
inertia = sum(((points[labels == j] - centroids[j]) ** 2).sum() for j in range(3))
print(f"inertia = {inertia:.4f}")
