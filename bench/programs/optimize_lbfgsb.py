# L-BFGS-B with bounds on a 60-variable least-squares problem, gradient by finite differences and analytic.
import numpy as np
from scipy import optimize

rng = np.random.default_rng(0)
A = rng.normal(size=(80, 60))
b = rng.normal(size=80)


def f(w):
    r = A @ w - b
    return float(r @ r)


def g(w):
    return 2 * A.T @ (A @ w - b)


bounds = [(-0.5, 0.5)] * 60
res = optimize.minimize(f, np.zeros(60), bounds=bounds)
print(res.nit, res.nfev, res.fun)
for _ in range(10):
    res = optimize.minimize(f, np.zeros(60), jac=g, bounds=bounds)
print(res.nit, res.nfev, res.fun)
