# np.split and friends give views (writes reach the original); np.reshape and np.ravel are the methods as functions.
import numpy as np
m = np.arange(24.0).reshape(4, 6)
parts = np.split(m, 2)
parts[0][0, 0] = -1
print(m[0, 0], [p.shape for p in parts])
for spec in [[1, 3], [2, 10], [-2], [3, 1], [0, 0, 6], (2,)]:
    ps = np.split(m, spec, axis=1)
    print(spec, [p.shape for p in ps], [float(p.sum()) for p in ps])
h = np.hsplit(m, 3)
h[2][1, 1] = -5
print(m[1, 5], np.vsplit(m, [1])[1].shape)
a = np.array_split(np.arange(10), 3)
a[1][0] = 100
print(a, np.array_split(np.arange(10), 4)[-1])
d = np.dsplit(np.arange(16).reshape(2, 2, 4), 2)
d[0][0, 0, 0] = 77
print([x.tolist() for x in d])
try:
    np.split(m, 5, axis=1)
except ValueError as e:
    print("ValueError", e)
r = np.reshape(m, (6, 4))
r[0, 0] = -9
print(m[0, 0], np.reshape(m, -1).shape, np.reshape(np.arange(6), (2, -1)), np.reshape(m, shape=(3, 8)).shape)
flat = np.ravel(m)
flat[1] = -8
print(m[0, 1], np.ravel(m.T)[:5], np.ravel([[1, 2], [3, 4]]))
try:
    np.reshape(m, (5, 5))
except ValueError as e:
    print("ValueError", e)
