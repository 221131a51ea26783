# scipy.optimize.minimize(method='Nelder-Mead'): the simplex search with its default and adaptive coefficients,
# bounds, call and iteration limits, an initial simplex, disp, and the final_simplex in the printed result.
import numpy as np
from scipy import optimize

res = optimize.minimize(optimize.rosen, [1.3, 0.7, 0.8, 1.9, 1.2], method="Nelder-Mead")
print(res)
res = optimize.minimize(
    optimize.rosen, [-1.2, 1.0], method="nelder-mead", options={"adaptive": True, "xatol": 1e-8, "fatol": 1e-8}
)
print(res.x, res.nit, res.nfev, res.fun)
res = optimize.minimize(optimize.rosen, [-1.2, 1.0], method="Nelder-Mead", bounds=[(-2, 0.5), (None, 0.8)])
print(res)
res = optimize.minimize(optimize.rosen, [-1.2, 1.0], method="Nelder-Mead", options={"maxfev": 50})
print(res)
res = optimize.minimize(optimize.rosen, [-1.2, 1.0], method="Nelder-Mead", options={"maxiter": 20})
print(res.message, res.status, res.nit, res.nfev)
res = optimize.minimize(optimize.rosen, [-1.2, 1.0], method="Nelder-Mead", options={"disp": True})
res = optimize.minimize(
    lambda x: (x[0] - 2) ** 2 + abs(x[1] + 1), [0.0, 0.0], method="Nelder-Mead",
    options={"initial_simplex": [[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]]}, tol=1e-6
)
print(res.x, res.fun, res.nit)
res = optimize.minimize(lambda x: float(np.sum(np.abs(x))), [1.0, -2.0, 3.0], method="Nelder-Mead")
print(res.x, res.fun, res.nfev)
seen = []
res = optimize.minimize(lambda x: (x[0] - 3) ** 2, [0.0], method="Nelder-Mead", callback=lambda xk: seen.append(xk[0]))
print(len(seen), seen[:3], res.x, res.fun)
try:
    optimize.minimize(optimize.rosen, [0.0, 0.0], method="Nelder-Mead", bounds=[(1, 0), (0, 1)])
except ValueError as e:
    print("ValueError:", e)
