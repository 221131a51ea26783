# np.flip, fliplr and flipud are views, as NumPy's: writes through them reach the original.
import numpy as np
a = np.arange(6.0)
b = a[::-1]
b[0] = 50
print(a, b, np.shares_memory(a, b))
c = np.flip(a)
c[1] = 40
print(a, c.base is a, c.flags["C_CONTIGUOUS"] if False else "")
m = np.arange(12).reshape(3, 4)
f = np.fliplr(m)
f[0, 0] = 99
print(m, f, sep="\n")
u = np.flipud(m)
u[0, 0] = -1
print(m, u, sep="\n")
print(np.flip(m), np.flip(m, axis=1), np.flip(m, axis=(0, 1)), np.flip(m, 0).sum(axis=0), sep="\n")
print(np.flip(m, -1)[1], np.flip(np.arange(3)) * 2, np.flip(np.array(5.0)))
print(np.flipud(np.arange(4)), np.flip(m.T, 0))
t = np.flip(m)
t += 1
print(m)
try:
    np.flip(m, axis=2)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.fliplr(np.arange(3))
except ValueError as e:
    print("ValueError", e)
