# scipy.optimize.minimize_scalar (Brent, bounded, golden; two- and three-point brackets), brentq with its
# RootResults, the Rosenbrock helpers, OptimizeResult as a dict, and the argument errors.
import numpy as np
from scipy import optimize
from scipy.optimize import OptimizeResult

print(optimize.minimize_scalar(lambda x: (x - 2) ** 2))
res = optimize.minimize_scalar(lambda x: (x - 2) ** 2)
print(repr(res.x), repr(res.fun))
print(optimize.minimize_scalar(lambda x: (x - 2) ** 2, bounds=(0, 5)))
print(optimize.minimize_scalar(lambda x: (x - 2) ** 2 + np.sin(x), method="golden"))
print(optimize.minimize_scalar(lambda x: x**4 - 3 * x**2 + x, bracket=(-2, -1)))
print(optimize.minimize_scalar(lambda x: x**4 - 3 * x**2 + x, bracket=(-2, -1, 0)))
print(optimize.minimize_scalar(lambda x: x**3 - 2 * x, bounds=(-3, 3), method="bounded", options={"xatol": 1e-9}))
print(optimize.minimize_scalar(lambda x: -x))
print(optimize.minimize_scalar(np.cos, method="golden", tol=1e-10))
print(optimize.minimize_scalar(lambda x: (x - 1) ** 2, bounds=(0, 3), options={"maxiter": 3}))

print(optimize.brentq(lambda x: x * x - 2, 0, 2))
root, info = optimize.brentq(lambda x: x**3 - x - 1, 1, 2, full_output=True)
print(root, info.converged, info.iterations)
print(info)
print(optimize.brentq(lambda x: x * x - 2, 0, 2, maxiter=2, disp=False, full_output=True))
print(optimize.brentq(lambda x, c: np.cos(x) - c, 0, 3, args=(0.2,), xtol=1e-6))
for f, a, b, kw in [
    (lambda x: x * x + 2, 0, 2, {}),
    (lambda x: x * x - 2, 0, 2, {"maxiter": 2}),
    (lambda x: np.nan, 0, 2, {}),
    (lambda x: x - 1, 0, 2, {"xtol": 0}),
    (lambda x: x - 1, 0, 2, {"rtol": 1e-20}),
]:
    try:
        optimize.brentq(f, a, b, **kw)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)

x = np.array([1.0, 2.0, 3.0, 0.5])
print(optimize.rosen(x), optimize.rosen_der(x))
print(optimize.rosen_hess(x))
print(optimize.rosen_hess_prod(x, [1, 2, 3, 4]))

r = OptimizeResult(x=np.array([1.0, 2.0]), fun=3.5, nit=4)
print(r)
print(OptimizeResult())
print(r.x, r["fun"], sorted(r.keys()), len(r), "x" in r, isinstance(r, dict))
r.extra = 5
print(r.extra, r["extra"])
del r.extra
print("extra" in r)
try:
    r.missing
except AttributeError as e:
    print("AttributeError", e)
res = optimize.minimize(optimize.rosen, [0, 0])
print(type(res).__name__, res.x.dtype, res.hess_inv.dtype, [type(v).__name__ for v in res.values()])
for bad in [{"method": "foo"}, {"x0": [[0, 0]]}]:
    try:
        optimize.minimize(optimize.rosen, bad.get("x0", [0, 0]), method=bad.get("method"))
    except ValueError as e:
        print("ValueError", e)
try:
    optimize.minimize(lambda x: x, [0.0, 1.0])
except ValueError as e:
    print("ValueError", e)
try:
    optimize.minimize_scalar(lambda x: x * x, bounds=(0, 1), method="brent")
except ValueError as e:
    print("ValueError", e)
