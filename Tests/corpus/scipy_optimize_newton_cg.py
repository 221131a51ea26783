# scipy.optimize.minimize with CG (Polak–Ribière–Powell, descent-checked line search) and Newton-CG (the Hessian
# as a matrix, as products, or by gradient differences): printed results, disp, limits and the gradient error.
import numpy as np
from scipy import optimize
x0 = [1.3, 0.7, 0.8, 1.9, 1.2]
for kw in [dict(method='CG'), dict(method='CG', jac=optimize.rosen_der), dict(method='Newton-CG', jac=optimize.rosen_der),
           dict(method='Newton-CG', jac=optimize.rosen_der, hess=optimize.rosen_hess),
           dict(method='Newton-CG', jac=optimize.rosen_der, hessp=optimize.rosen_hess_prod),
           dict(method='Newton-CG', jac=optimize.rosen_der, options={'xtol': 1e-8}),
           dict(method='CG', options={'gtol': 1e-8, 'maxiter': 50}),
           dict(method='cg', jac='3-point')]:
    r = optimize.minimize(optimize.rosen, x0, **kw)
    print(r)
r = optimize.minimize(optimize.rosen, [-1.2, 1.0], method='Newton-CG', jac=optimize.rosen_der, hess=optimize.rosen_hess, options={'disp': True})
r = optimize.minimize(optimize.rosen, [-1.2, 1.0], method='CG', options={'disp': True})
def f(x):
    return (x[0] - 1) ** 4 + (x[1] + 2) ** 2 + x[0] * x[1]
def g(x):
    return np.array([4 * (x[0] - 1) ** 3 + x[1], 2 * (x[1] + 2) + x[0]])
print(optimize.minimize(f, [0.0, 0.0], method='Newton-CG', jac=g))
print(optimize.minimize(f, [0.0, 0.0], method='CG', jac=g))
print(optimize.minimize(lambda x: x[0] ** 2 - x[1] ** 2, [1.0, 1.0], method='Newton-CG', jac=lambda x: np.array([2 * x[0], -2 * x[1]])))
try:
    optimize.minimize(f, [0.0, 0.0], method='Newton-CG')
except ValueError as e:
    print(e)
print(optimize.minimize(optimize.rosen, x0, method='Newton-CG', jac=optimize.rosen_der, options={'maxiter': 3}))
