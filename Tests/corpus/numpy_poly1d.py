# np.poly1d as polyfit tutorials use it: fit, print, evaluate, differentiate, find extrema.
import numpy as np

rng = np.random.default_rng(7)
x = np.linspace(-2, 3, 40)
y = 0.5 * x**3 - 1.2 * x**2 - 2 * x + 1 + rng.normal(0, 0.3, x.size)

f = np.poly1d(np.polyfit(x, y, 3))
print(f)
print(repr(f))
print("order", f.order, len(f), "variable", f.variable)
print("f(0) =", f(0), " f(1.5) =", round(f(1.5), 6))
print(f(np.array([-1.0, 0.0, 2.0])))

df = f.deriv()
print("f'(x) =")
print(df)
crit = np.sort(df.roots.real)
print("critical points", np.round(crit, 4))
print("second derivative signs", np.sign(f.deriv(2)(crit)))

F = f.integ(k=2)
print(F)
print("area on [0, 1]:", round(F(1) - F(0), 6))

# Arithmetic builds new polynomials.
p = np.poly1d([1, -3, 2])
q = np.poly1d([1, 1])
print(p + q, p - q, p * q, -p, 2 * p, p * 0.5, p ** 2, sep="\n")
print(p == np.poly1d([1, -3, 2]), p != q)
quotient, remainder = p / q
print(quotient, remainder, sep="\n")
print(np.polydiv([1.0, 0, -1], [1, 1]))
print(np.polydiv(p, q))
print("roots", p.roots, "from roots", np.poly1d([1, 2], r=True).c)
print(np.poly([2, 3, 4]), np.poly(np.array([[2.0, 1.0], [1.0, 3.0]])))
print(p(q))
print(np.polyval(p, 4), np.polyval([1, 0, -1], q))
print(p[0], p[1], p[2], p[7], list(p))

p[4] = 5
print(repr(p))
print(p)

# A long polynomial wraps its two lines together at 70 columns.
print(np.poly1d(np.arange(1, 26)))
print(np.poly1d([1.5e-7, -2.25, 1e5, 0, 3], variable="t"))

for bad in (lambda: np.poly1d([[1, 2], [3, 4]]), lambda: p ** -1, lambda: hash(p), lambda: p ** 1.5):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
