"""multivariate_normal from the SVD factor, for the Generator (u·√s) and the legacy RandomState (√s·vh)."""
import numpy as np
rng = np.random.default_rng(7)
print(rng.multivariate_normal([0, 0], [[1, 0.5], [0.5, 2]], 4))
print(rng.multivariate_normal([1, 2, 3], np.diag([1.0, 2, 3]), size=(2, 2)))
print(rng.multivariate_normal([0, 0], [[1, 0.9], [0.9, 1]]))
X = rng.multivariate_normal([0, 0], [[2, 1.2], [1.2, 1]], 2000)
print(X.mean(axis=0), np.cov(X.T))
np.random.seed(3)
print(np.random.multivariate_normal([0, 0], [[1, 0.5], [0.5, 2]], 4))
print(np.random.multivariate_normal([5, -5], [[3, 1], [1, 2]], 3))
try:
    rng.multivariate_normal([0, 0], [[1, 2], [2, 1]], 2, check_valid='raise')
except ValueError as e:
    print(e)
