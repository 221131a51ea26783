# Numerical methods: Newton and bisection roots, trapezoid and Simpson integration, finite differences.
import math
import numpy as np

def newton(f, df, x0, tol=1e-12, max_iter=50):
    x = x0
    for i in range(max_iter):
        step = f(x) / df(x)
        x -= step
        if abs(step) < tol:
            return x, i + 1
    return x, max_iter

def bisect(f, lo, hi, tol=1e-10):
    n = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
        n += 1
    return (lo + hi) / 2, n

f = lambda x: x ** 3 - 2 * x - 5
df = lambda x: 3 * x ** 2 - 2
print(newton(f, df, 2.0), bisect(f, 2, 3))
print(newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0)[0], math.sqrt(2))
xs = np.linspace(0, np.pi, 101)
ys = np.sin(xs)
h = xs[1] - xs[0]
trap = h * (ys.sum() - (ys[0] + ys[-1]) / 2)
simpson = h / 3 * (ys[0] + ys[-1] + 4 * ys[1:-1:2].sum() + 2 * ys[2:-1:2].sum())
print(round(trap, 10), round(simpson, 12), round(float(np.trapezoid(ys, xs)), 10) if hasattr(np, "trapezoid") else "")
g = lambda x: math.exp(-x * x)
for hh in [1e-1, 1e-3, 1e-5]:
    fwd = (g(1 + hh) - g(1)) / hh
    ctr = (g(1 + hh) - g(1 - hh)) / (2 * hh)
    exact = -2 * math.exp(-1)
    print(hh, f"{abs(fwd - exact):.3e}", f"{abs(ctr - exact):.3e}")
grid = np.linspace(-2, 2, 9)
print(np.round(np.gradient(grid ** 3, grid), 4))
def fixed_point(gfun, x, n):
    for _ in range(n):
        x = gfun(x)
    return x
print(round(fixed_point(math.cos, 1.0, 100), 10))
euler_y, t, dt = 1.0, 0.0, 0.01
while t < 1.0 - 1e-12:
    euler_y += dt * euler_y
    t += dt
print(round(euler_y, 6), round(math.e, 6))
