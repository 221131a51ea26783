# NumPy's index tricks and function wrappers: take_along_axis/put_along_axis, indices, mgrid/ogrid (complex
# steps included), fromfunction and vectorize (its first call, which finds the dtype, gets NumPy scalars).
import numpy as np

a = np.array([[10, 30, 20], [60, 40, 50]])
idx = np.argsort(a, axis=1)
print(np.take_along_axis(a, idx, axis=1))
print(np.take_along_axis(a, np.argmax(a, axis=1)[:, None], axis=1))
print(np.take_along_axis(a, np.array([[0], [1]]), axis=0))
print(np.take_along_axis(np.array([3.5, 1.5, 2.5]), np.array([1, 2, 0]), axis=None))
print(np.take_along_axis(a, idx))
b = a.astype(float)
np.put_along_axis(b, np.array([[0], [2]]), 99.5, axis=1)
print(b)
np.put_along_axis(a, np.array([[1, 0, 1]]), np.array([[-1, -2, -3]]), axis=0)
print(a)
print(np.indices((2, 3)))
print(np.indices((2, 2), dtype=float))
print(np.mgrid[0:3, 0:2])
print(np.mgrid[0:1:3j, 0:2])
print(np.mgrid[-1:1:5j])
print(np.mgrid[0:5])
print(np.mgrid[0:2:0.5])
print(np.mgrid[0:1:0.25, 1:2])
print(np.ogrid[0:3, 0:2])
print(np.ogrid[0:1:3j, 0:4:2])
print(np.ogrid[0:4])
x, y = np.mgrid[0:2, 0:3]
print(x + 10 * y)
print(np.fromfunction(lambda i, j: i + j, (2, 3)))
print(np.fromfunction(lambda i, j: i == j, (3, 3), dtype=int))
print(np.fromfunction(lambda i, j, k: i * k + j, (2, 2, 2), dtype=int))
f = np.vectorize(lambda x: x / 2 if x > 1 else 1)
print(f([1, 4, 5]))
g = np.vectorize(lambda x, y: x + y if x > y else x - y)
print(g(np.array([[1.5], [4.0]]), np.array([2, 3, 1])))
calls = []
def h(v):
    calls.append(v)
    return v > 2
vh = np.vectorize(h)
print(vh(np.arange(5)), calls)
print(repr(np.vectorize(lambda v: v * 2)(3)))
print(np.vectorize(lambda v: v * 2, otypes=[float])([1, 2]))
print(np.vectorize(lambda v: type(v).__name__ == "int", otypes="?")(np.array([1, 2])))
@np.vectorize
def relu(z):
    return z if z > 0 else 0.0
print(relu(np.array([-1.5, 0.5, 2.0])))
