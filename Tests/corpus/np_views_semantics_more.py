# NumPy views versus copies: what writes go through, base, copy(), in-place operators through functions.
import numpy as np

a = np.arange(12).reshape(3, 4)
row = a[1]
col = a[:, 2]
block = a[1:, 1:3]
row[0] = -1
col[0] = -2
block[-1, -1] = -3
print(a)
print(row.base is a, col.flags["C_CONTIGUOUS"] if hasattr(col, "flags") else False, block.shape)
fancy = a[[0, 2]]
fancy[0, 0] = 99
masked = a[a > 5]
masked[:] = 0
print(a[0, 0], a.max(), fancy[0, 0])
flat = a.reshape(-1)
flat[0] = 1000
t = a.T
t[0, 1] = 2000
print(a[0, 0], a[1, 0], np.shares_memory(a, t))
c = a.copy()
c[0, 0] = 0
print(a[0, 0], c[0, 0])
def normalise_(x):
    x -= x.mean()
    x /= x.std()
def normalised(x):
    return (x - x.mean()) / x.std()
v = np.array([1.0, 2.0, 3.0, 4.0])
w = normalised(v)
print(v, np.round(w, 4))
normalise_(v)
print(np.round(v, 4))
weights = [np.ones(2), np.ones(3)]
grads = [np.full(2, 0.5), np.full(3, 0.25)]
for p, g in zip(weights, grads):
    p -= 0.1 * g
print(weights)
for p, g in zip(weights, grads):
    p = p - 0.1 * g
print(weights)
m = np.zeros((2, 2))
r0 = m[0]
m[0] = [5, 6]
print(r0)
m = np.ones((2, 2))
print(r0)
x = np.arange(5)
y = x[::2]
y *= 10
print(x, y, y.base is x)
z = x[1:4].copy()
z[:] = -1
print(x)
s = np.arange(3)
s2 = s
s2 += 1
print(s, s is s2)
s3 = s
s3 = s3 + 1
print(s, s3)
