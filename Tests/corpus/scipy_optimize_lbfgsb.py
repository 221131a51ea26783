# scipy.optimize.minimize with L-BFGS-B (the default once bounds are given): the printed result, bounded and
# unbounded problems with differenced and analytic gradients, short memories (maxcor), the iteration, call and
# tolerance options, callbacks, and a one-pair bound broadcast over every coordinate.
import numpy as np
from scipy import optimize

print(optimize.minimize(optimize.rosen, [1.3, 0.7, 0.8, 1.9, 1.2], method="L-BFGS-B"))
print(optimize.minimize(optimize.rosen, [1.3, 0.7, 0.8, 1.9, 1.2], method="L-BFGS-B", jac=optimize.rosen_der))
res = optimize.minimize(optimize.rosen, [0.5, 0.5], bounds=[(0, 0.8), (0, 0.7)])
print(res)
print(res.hess_inv, res.hess_inv.shape)
res = optimize.minimize(lambda x: np.sum((x - np.arange(8)) ** 2), np.zeros(8), bounds=[(None, 3)] * 8)
print(res)

rng = np.random.default_rng(5)
for trial in range(8):
    n = int(rng.integers(2, 12))
    A = rng.normal(size=(n + 3, n))
    b = rng.normal(size=n + 3)
    c = rng.uniform(0.1, 2, n)

    def f(w):
        return float(np.sum((A @ w - b) ** 2)) + float(np.sum(c * (w * w) * (w * w)))

    def g(w):
        return 2 * A.T @ (A @ w - b) + 4 * c * (w * w) * w

    lo = rng.uniform(-1, 0, n)
    hi = lo + rng.uniform(0.2, 2, n)
    bounds = [(None if rng.random() < 0.2 else lo[i], None if rng.random() < 0.2 else hi[i]) for i in range(n)]
    x0 = rng.uniform(-2, 2, n)
    options = {"maxcor": int(rng.integers(2, 6))}
    for jac in [None, g]:
        r = optimize.minimize(f, x0, method="L-BFGS-B", jac=jac, bounds=bounds if trial % 3 else None, options=options)
        print(trial, n, r.nit, r.nfev, r.njev, r.status, r.message, r.fun, r.x, r.jac)

print(optimize.minimize(optimize.rosen, np.full(10, -1.0), method="L-BFGS-B", options={"maxiter": 7}))
print(optimize.minimize(optimize.rosen, np.full(10, -1.0), method="L-BFGS-B", options={"maxfun": 30}))
res = optimize.minimize(optimize.rosen, np.full(10, -1.0), method="L-BFGS-B", tol=1e-12)
print(res.x, res.nit)
seen = []
res = optimize.minimize(optimize.rosen, np.full(4, 2.0), method="L-BFGS-B", callback=lambda xk: seen.append(optimize.rosen(xk)))
print(len(seen), seen[:3])


def halt(intermediate_result):
    if intermediate_result.fun < 1:
        raise StopIteration


print(optimize.minimize(optimize.rosen, np.full(4, 2.0), method="L-BFGS-B", callback=halt))
print(optimize.minimize(lambda x: abs(x[0] - 1) + abs(x[1] + 2), [3.0, 3.0], method="L-BFGS-B"))
print(optimize.minimize(optimize.rosen, [2.0, 2.0], method="L-BFGS-B", bounds=[(0, 1)]))
try:
    optimize.minimize(optimize.rosen, [0.0, 0.0], bounds=[(1, 0), (0, 1)])
except ValueError as e:
    print("ValueError:", e)
