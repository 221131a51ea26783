# Products, sums and elementwise results of transposed and strided arrays, printed to the last digit: NumPy picks
# the BLAS kernel and the summation order from the memory layout (X.T @ r runs the other gemv kernel, sums of A.T
# go in memory order, 2 * A.T stays Fortran-ordered), so Tessel must follow the layout too.
import numpy as np

rng = np.random.default_rng(5)


def bits(a):
    return [float(t) for t in np.ravel(a)]


for n in [1, 2, 3, 7, 16, 40]:
    for k in [1, 2, 5, 13]:
        A = rng.normal(size=(k, n))
        v = rng.normal(size=n)
        w = rng.normal(size=k)
        B = rng.normal(size=(n, 2 * k))
        C = rng.normal(size=(2 * k, n))
        products = [A @ v, w @ A, A.T @ w, v @ A.T, B[:, ::2].T @ v, w @ B[:, ::2].T, C[::2] @ v, v @ C[::2].T,
                    A[:, ::-1] @ v, np.dot(A.T, w), A[:1] @ v, v @ A[:1].T]
        print(n, k, [bits(p) for p in products])

for n in [1, 3, 8, 17, 40]:
    x = rng.normal(size=2 * n)
    y = rng.normal(size=2 * n)
    print(bits([x[::2] @ y[::2], x[:n] @ y[n:], x[::-2] @ y[::2], np.dot(x[1::2], y[::2]), x[::2].dot(y[::2])]))
print(repr(np.array([-0.0]) @ np.array([1.0])))

A = rng.normal(size=(37, 23))
B = rng.normal(size=(23, 37))
v = rng.normal(size=37)
print(np.sum(A.T), np.mean(A.T), np.sum(A.T * 2), np.sum(np.sqrt(np.abs(A.T))), (2 * A.T @ v)[5], (A.T * 2 @ v)[3])
print(bits(np.sum(A.T, axis=0)[:4]), bits(np.sum(A.T, axis=1)[:4]), bits((A.T + B).sum(axis=0)[:3]))
print(bits((np.abs(A.T) @ v)[:3]), bits((A.T - A.T.mean(axis=0)).sum(axis=1)[:3]))
print(A.T.std(), bits(A.T.var(axis=0)[:3]), np.max(A.T), bits(A.T.sum(axis=-1)[:2]), (A.T * A.T).sum())
X = rng.normal(size=(50, 3))
y = X @ np.array([1.0, -2.0, 0.5]) + 0.1 * rng.normal(size=50)
w = np.zeros(3)
for step in range(200):
    w -= 0.01 * (2 / len(y)) * X.T @ (X @ w - y)
print(w.tolist(), float(np.mean((X @ w - y) ** 2)))
