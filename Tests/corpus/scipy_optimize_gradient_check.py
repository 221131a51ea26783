# scipy.optimize.approx_fprime and check_grad: SciPy's forward differences (absolute step, widened where it vanishes),
# scalar and vector functions, extra arguments, per-coordinate steps; the gradient check of an exercise.
import numpy as np
from scipy import optimize

def f(x, a=1.0):
    return a * np.sum((x - 1.5) ** 2) + x[0] * x[1]

def g(x, a=1.0):
    return 2 * a * (x - 1.5) + np.array([x[1], x[0]])

x0 = np.array([0.3, -1.2])
print(optimize.approx_fprime(x0, f))
print(optimize.approx_fprime(x0, f, 1e-6, 2.0))
print(optimize.approx_fprime(x0, f, [1e-5, 1e-7]))
print(optimize.approx_fprime([1, 2], optimize.rosen, epsilon=1e-8))
print(optimize.approx_fprime(x0, lambda x: np.array([x[0] ** 2, x[0] * x[1], np.sin(x[1])])))
print(optimize.check_grad(f, g, x0))
print(optimize.check_grad(f, g, x0, 2.0))
print(optimize.check_grad(optimize.rosen, optimize.rosen_der, [1.3, 0.7, 0.8], epsilon=1e-6))
print(optimize.check_grad(lambda x: x[0] ** 3, lambda x: 3 * x ** 2, [2.0]))
print(optimize.approx_fprime(np.array([0.0, 1e20]), f))
