# BFGS and Nelder-Mead on the Rosenbrock function, as an optimisation exercise runs them.
import numpy as np
from scipy import optimize

total = 0
for start in range(20):
    x0 = np.linspace(-1.0, 1.5, 6) + 0.05 * start
    res = optimize.minimize(optimize.rosen, x0, jac=optimize.rosen_der)
    total += res.nit
    res = optimize.minimize(optimize.rosen, x0[:3], method="Nelder-Mead")
    total += res.nfev
print(total, res.x)
