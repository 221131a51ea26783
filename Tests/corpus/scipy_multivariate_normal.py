# scipy.stats.multivariate_normal: densities of points, grids and singular covariances, frozen or not,
# draws from the global, seeded and Generator streams, and SciPy's parameter errors; np.dstack for the grid.
import numpy as np
from scipy import stats
from scipy.stats import multivariate_normal
mu = np.array([1.0, -2.0])
S = np.array([[2.0, 0.3], [0.3, 0.5]])
print(multivariate_normal.pdf([1.2, -1.9], mean=mu, cov=S))
print(multivariate_normal.logpdf([[0, 0], [1, -2], [3, 1]], mu, S))
rv = multivariate_normal(mu, S)
print(rv.pdf([1.2, -1.9]), rv.logpdf(np.array([[0.5, -2.5], [2.0, -1.0]])))
print(rv.mean, rv.cov)
print(multivariate_normal.pdf(0.5))
print(multivariate_normal.pdf([0.0, 0.5, 1.0], mean=0.2, cov=2.0))
print(multivariate_normal.pdf([0.1, 0.2, 0.3], mean=[0, 0, 0], cov=[1, 2, 3]))
grid = np.dstack(np.mgrid[-1:1:0.5, -1:1:0.5])
print(multivariate_normal([0, 0], [[1, 0.5], [0.5, 1]]).pdf(grid))
np.random.seed(3)
print(multivariate_normal.rvs(mu, S, size=3))
print(rv.rvs(size=2))
print(multivariate_normal.rvs(mean=[0, 1], cov=[[1, 0.2], [0.2, 1]], size=2, random_state=5))
f = multivariate_normal(mu, S, seed=11)
print(f.rvs(), f.rvs(2))
g = np.random.default_rng(4)
print(multivariate_normal.rvs(mu, S, size=2, random_state=g))
sing = multivariate_normal([0, 0], [[1, 1], [1, 1]], allow_singular=True)
print(sing.pdf([[1, 1], [1, -1], [0.5, 0.5]]), sing.logpdf([2, 2]))
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: multivariate_normal([0, 0], [[1, 1], [1, 1]]))
t(lambda: multivariate_normal([0, 0], [[1, 2], [2, 1]]))
t(lambda: multivariate_normal([0, 0, 0], [[1, 0], [0, 1]]))
t(lambda: multivariate_normal([0, 0], [[1, 0, 0], [0, 1, 0]]))
X = np.random.default_rng(0).normal(size=(50, 4))
C = np.cov(X, rowvar=False)
print(multivariate_normal(X.mean(axis=0), C).logpdf(X[:5]))
print(multivariate_normal.pdf(X[:3], np.zeros(4), np.eye(4) * 2))
print(type(rv).__name__, type(multivariate_normal).__name__)
x, y = np.mgrid[-1:1:0.5, 0:1:0.25]
pos = np.dstack((x, y))
print(pos.shape, pos[1, 2])
print(np.dstack(([1, 2], [3, 4])))
print(np.dstack((np.ones((2, 2, 2)), np.zeros((2, 2, 1)))).shape)
print(np.dstack([np.arange(3), np.arange(3.0)]).dtype, np.dstack([1, 2]))
try:
    np.dstack((np.ones((2, 2)), np.ones((3, 2))))
except ValueError as e:
    print(e)
