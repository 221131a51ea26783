import numpy as np
a = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
b = a[1:4]
c = a[::2]
print(a + 1, b * 2.0, 3 - b, c / 2, b + b, b - a[2:5])
m = a.reshape(2, 3)
print(m + m, m * np.float64(2), m.T + 1, np.int64(3) - m, m / 0.0)
print(m[1] + m[0], m[:, 1] * 2)
e = np.array([])
print(e + 1, e * e, (e + 1).shape)
z = np.zeros((2, 0))
print(z + 1, (z * 2).shape)
i = np.arange(4)
print(i + 1, i * 2.5, i / 2, np.array([True, False]) + 1)
s = np.array(2.0)
print(repr(s + 1), repr(s * s), repr(a[0] + a))
x = a + 1
x[0] = 100
print(a, x, (a * 1).base is None)
big = np.ones(5000)
print((big + big).sum(), (big * 3).mean())
print(1 / np.array([0.0, -0.0, 1.0]), (a - a) / (a - a))
print(True + a, a * False, 10**20 * a[:2])
w = np.arange(6.0)
w[1:] += w[:-1]
print(w)
w2 = np.arange(6.0)
w2[:-1] -= w2[1:]
print(w2)
v = np.ones(3); v += 1; v *= np.array([1.0, 2.0, 3.0]); v /= 2; v -= 10**20
print(v)
q = np.ones((2, 3)); q[0] += q[1]; q[:, 0] *= 5; q.T[1] += 1
print(q)
r = np.ones(3); r2 = r; r += 1; print(r2, r is r2)
k = np.arange(3); k += 1; print(k)
try:
    k += 0.5
except Exception as e:
    print(type(e).__name__)
