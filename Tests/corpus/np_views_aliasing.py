# The aliasing the v1 engine got wrong, as tutorials write it: updates through views, rows, function
# arguments, dict entries and zip, and the copies NumPy makes for fancy and mask indexing.
import numpy as np

A = np.arange(12.0).reshape(3, 4)
row = A[0]
row[1] = 70
col = A[:, 2]
col += 100
print(A)
B = A.T
B[3, 0] = -1
print(A[0], B.shape, B.base is A or B.base is A.base)
sub = A[1:, ::2]
sub *= 0
print(A)
picked = A[[0, 2]]
picked[:] = 5
masked = A[A > 50]
masked[:] = 0
print(A[0, 1], A[0, 2], picked[0, 0], masked)
flat = A.reshape(-1)
flat[0] = 999
print(A[0, 0], np.shares_memory(flat, A), np.shares_memory(picked, A))


def update(params, grads, lr):
    params["w"] -= lr * grads["w"]
    params["b"] -= lr * grads["b"]


params = {"w": np.ones(3), "b": np.zeros(1)}
grads = {"w": np.array([1.0, 2.0, 3.0]), "b": np.array([0.5])}
w_before = params["w"]
update(params, grads, 0.1)
print(params["w"], params["b"], w_before is params["w"])
weights = [np.ones(2), np.ones(3)]
for p, g in zip(weights, [np.full(2, 0.5), np.full(3, 2.0)]):
    p -= 0.1 * g
print(weights)
x = np.zeros(3)
y = x
y += 1
z = x + 1
z += 1
print(x, y is x, z)
m = np.zeros((2, 2))
m[np.where(m == 0)] = 3
print(m, np.where(np.array([1, -2, 3]) > 0), np.array([1, -2, 3])[np.where(np.array([1, -2, 3]) > 0)])
