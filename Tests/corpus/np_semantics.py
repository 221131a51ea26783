import numpy as np
x = np.array([-2.0, 3.0, -1.0, 5.0])
print(x[np.where(x > 0)], np.where(x > 0), x[x > 0], x[(x > -1.5) & (x < 4)], x[~(x > 0)])
A = np.arange(6).reshape(2, 3)
print(A[(0, 1)], A[0][1], A[1, -1], A[:, ::2], A[::-1], A[[0, 1], [2, 0]], A[1][[0, 2]])
A[0][1] = 100
print(A)
a = np.array([1, 2, 3])
b = a
b[0] = 42
c = np.array(a)
c[1] = -1
d = np.asarray(a)
d[2] = 7
print(a, c, d is a, c is a, a.base is None, A[0].base is A)
params = {"w": np.array([1.0, 2.0])}
grads = {"w": np.array([0.5, -0.5])}
def update(params, grads, lr):
    params["w"] -= lr * grads["w"]
update(params, grads, 0.1)
print(params["w"])
ws = [np.array([1.0, 1.0]), np.array([2.0])]
gs = [np.array([0.1, 0.2]), np.array([0.3])]
for p, g in zip(ws, gs):
    p -= 0.5 * g
print(ws)
print(np.int64(7) // 2, np.int64(7) / 2, np.int64(2) ** 3, np.float64(1.0) / 0 if False else "skip", type(np.int64(1) + 1).__name__)
print(np.array([1, 2]) * 2.5, np.array([1, 2]) / np.array([2, 4]), np.array([True, True]) + np.array([True, False]))
print(np.array([1, 2, 3]).mean(), np.array([1, 2, 3]).sum() / 3, np.sum([0.1] * 10), sum([0.1] * 10))
print(np.arange(5) * 2.5, np.arange(3) + np.arange(3)[:, None] if hasattr(np, "newaxis") else 0)
print(len(np.zeros((4, 2))), np.zeros((4, 2)).size, np.ones(3).dtype, np.arange(3).dtype, (np.arange(3) > 1).dtype)
m = np.array([[1.0, 2.0], [3.0, 4.0]])
print(m * m, m @ m, m.dot(m), m @ np.array([1.0, 1.0]), np.array([1.0, 1.0]) @ m, m.T @ m)
try:
    np.array([[1, 2], [3]])
except ValueError as e:
    print("ValueError:", e)
try:
    m @ np.ones(3)
except ValueError as e:
    print("ValueError raised")
try:
    if np.array([1, 2]) > 0:
        pass
except ValueError as e:
    print("ValueError:", e)
print(bool(np.array([5])), bool(np.array([0.0])), float(np.array(2.5)), int(np.int64(4)))
try:
    float(np.array([2.5]))
except TypeError as e:
    print("TypeError:", e)
