# Assignment into arrays: overlapping views, broadcasting, casting, in-place operators and in-place sort.
import numpy as np

a = np.arange(8)
a[1:] = a[:-1]
print(a)
a = np.arange(8)
a[:-1] = a[1:]
print(a)
c = np.arange(6)
c[::-1] = c
print(c)
m = np.arange(12.0).reshape(3, 4)
m[:, 1:] = m[:, :3]
print(m)
m[1:, :] = m[:2, :] * 10
print(m)
m.T[0] = [7, 8, 9]
print(m)

# Broadcasting a row, a column and a number into a selection.
z = np.zeros((3, 4))
z[:] = np.arange(4)
print(z)
z[:, 2:] = np.array([[1], [2], [3]])
print(z)
z[::2, ::3] = -1
print(z)
z[1] = np.array([[5, 6, 7, 8]])
print(z)

# Casting: floats truncate into int64, numbers keep int()'s rules, bools take truthiness.
k = np.arange(5)
k[:] = np.array([1.9, -1.9, 2.5, -0.5, 7.0])
print(k)
k[1:3] = 3.99
print(k)
k[0] = np.float64(-4.7)
print(k)
k[4] = np.array(2.5)
print(k)
for bad in [float("nan"), float("inf"), 1e30]:
    try:
        k[0] = bad
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    k[0] = np.array([1.5])
except ValueError as e:
    print("ValueError", e)
b = np.zeros(4, dtype=bool)
b[1:3] = np.array([0.0, 2.5])
b[3] = np.array([7])
print(b)
f = np.zeros(3)
f[:] = np.array([True, False, True])
print(f)
try:
    f[:2] = np.arange(3)
except ValueError as e:
    print("ValueError", e)

# Fancy and mask targets.
g = np.arange(10.0)
g[[1, 3, 5]] = g[[0, 2, 4]] + 100
print(g)
g[g >= 100] = g[:3]
print(g)
try:
    g[g > 1] = g[:3]
except ValueError as e:
    print("ValueError", e)
g[[0, 0, 0]] = [1, 2, 3]
print(g)
h = np.arange(6.0)
h[[1, 2, 3]] = h[:3]
print(h)
h = np.arange(6.0)
h[np.array([False, True, True, True, False, False])] = h[:3]
print(h)
h = np.arange(8)
h[h > 0] = h[:7]
print(h)
h = np.arange(8.0)
h[h % 2 == 1] = h[0:1]
print(h)

# In-place operators on large arrays and their views.
rng = np.random.default_rng(4)
w = rng.random(100000)
grad = rng.random(100000)
w0 = w.copy()
w -= 0.1 * grad
print(np.allclose(w, w0 - 0.1 * grad), w[:3], w[-2:])
v = w[::3]
v *= 2
print(w[:7])
n = np.arange(10)
n += n[::-1]
print(n)
n2 = np.arange(10)
n2[1:] += n2[:-1]
print(n2)

# Sorting in place: whole arrays, views, and along an axis.
s = rng.random(200000)
t = s.copy()
s.sort()
print(bool(np.all(s[1:] >= s[:-1])), s[0] == t.min(), s[-1] == t.max())
q = np.array([5, 3, 9, 1, 7, 2, 8])
q[::2].sort()
print(q)
r = np.array([[3, 1, 2], [9, 7, 8], [4, 6, 5]])
r.sort(axis=0)
print(r)
r.sort()
print(r)
r.T.sort(axis=1)
print(r)

# A view's augmented assignment stores the view back into itself; other arrays copy along both strides.
q2 = np.arange(10.0)
q2[2:8] *= 3
q2[:] -= 1
q2[::3] += 100
print(q2)
K = np.zeros((3, 4), dtype=int)
K[:] = np.arange(4)
K[1:, ::2] = K[0, 1:3] * 7
K.T[1] = np.array([5, 6, 7])
print(K)
B = np.zeros((2, 3), dtype=bool)
B[:, 1] = np.array([True, True])
B[1] = B[0]
print(B)
