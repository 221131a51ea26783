# scipy.optimize.minimize with BFGS (the default without bounds): finite-difference, analytic and jac=True
# gradients, args, callbacks (both forms, StopIteration), tolerances, the precision-loss stop, and the printed
# OptimizeResult with its summarised inverse Hessian.
import numpy as np
from scipy import optimize

res = optimize.minimize(optimize.rosen, [1.3, 0.7, 0.8, 1.9, 1.2])
print(res)
print(repr(res.fun), res.nfev, res.njev, res.nit)

res = optimize.minimize(optimize.rosen, [1.3, 0.7, 0.8, 1.9, 1.2], jac=optimize.rosen_der)
print(res)


def bowl(x, a, b):
    return a * (x[0] - 1.0) ** 2 + b * (x[1] - 2.0) ** 4 + 0.25 * x[0] * x[1]


res = optimize.minimize(bowl, [0.5, 0.5], args=(2.0, 0.5))
print(res)


def value_and_gradient(w):
    v = (w[0] - 2) ** 2 + 3 * (w[1] + 0.5) ** 2 + w[0] * w[1]
    return v, np.array([2 * (w[0] - 2) + w[1], 6 * (w[1] + 0.5) + w[0]])


res = optimize.minimize(value_and_gradient, np.array([5.0, 5.0]), jac=True)
print(res.x, res.fun, res.nfev, res.njev, res.nit)

path = []
res = optimize.minimize(optimize.rosen, [-1.2, 1.0], callback=lambda xk: path.append(xk.copy()))
print(len(path), path[0], path[-1], res.nit, res.nfev)


def stop_early(intermediate_result):
    print("step", intermediate_result.fun)
    if intermediate_result.fun < 1e-2:
        raise StopIteration


res = optimize.minimize(optimize.rosen, [-1.2, 1.0], callback=stop_early)
print(res.message, res.status, res.success, res.nit)

for jac in ["2-point", "3-point"]:
    res = optimize.minimize(optimize.rosen, [-1.2, 1.0], jac=jac)
    print(jac, res.x, res.nfev, res.njev, res.fun)

res = optimize.minimize(optimize.rosen, [-1.2, 1.0], tol=1e-10)
print(res.x, res.nfev, res.fun)
res = optimize.minimize(optimize.rosen, [-1.2, 1.0], options={"maxiter": 5})
print(res)
res = optimize.minimize(optimize.rosen, [-1.2, 1.0], options={"disp": True, "gtol": 1e-8})
res = optimize.minimize(lambda x: np.sqrt(np.abs(x[0])) + (x[1] - 1) ** 2, [1.0, 3.0])
print(res)
res = optimize.minimize(lambda x: x[0] ** 2 - x[1] ** 2, [1.0, 1.0])
print(res)
print(list(res.keys()))
res = optimize.minimize(lambda x: (x[0] - 1) ** 2, [1])
print(res)
print(repr(res.hess_inv), repr(res.x))
res = optimize.minimize(lambda x: np.sum((x - np.arange(15)) ** 2), np.zeros(15))
print(res)
res = optimize.minimize(lambda x: np.sum(x ** 2) + 1, 3.0)
print(res.x, res.fun, type(res.fun).__name__)

# Least squares by minimising the mean squared error.
rng = np.random.default_rng(7)
A = rng.normal(size=(30, 4))
b = A @ np.array([1.0, -2.0, 0.5, 3.0]) + 0.1 * rng.normal(size=30)
res = optimize.minimize(lambda w: np.mean((A @ w - b) ** 2), np.zeros(4))
print(res.x, res.fun, res.nit)
print(np.linalg.lstsq(A, b, rcond=None)[0])
