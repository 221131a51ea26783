# Complex eigenvalues and polynomial roots: where real matrices and real polynomials lead to complex numbers.
import math

import numpy as np

print("== a rotation has no real eigenvectors ==")
theta = math.pi / 6
R = np.array([[math.cos(theta), -math.sin(theta)], [math.sin(theta), math.cos(theta)]])
vals, vecs = np.linalg.eig(R)
print(vals)
print(vecs)
print("dtype:", vals.dtype, "| magnitudes:", np.abs(vals), "| angles (deg):", np.angle(vals, deg=True))
print("angle of the first eigenvalue equals theta:", np.isclose(np.angle(vals[0]), theta))
print(repr(vals[0]), vals[0].real, vals[0].imag, abs(vals[0]))
print("R v = lambda v, column 0:", np.allclose(R @ vecs.real[:, 0] - (vals[0] * vecs[:, 0]).real, 0))

print("== a symmetric matrix stays real ==")
S = np.array([[2.0, 1.0], [1.0, 3.0]])
w, v = np.linalg.eig(S)
print(w, w.dtype)
print(np.linalg.eigvals(np.array([[0.0, 1.0], [-2.0, -3.0]])))

print("== a 3x3 with one real and two complex eigenvalues ==")
A = np.array([[1.0, 2.0, 3.0], [0.0, 1.0, -1.0], [2.0, 1.0, 0.5]])
w, V = np.linalg.eig(A)
print(w)
print(V)
print("real ones:", np.isreal(w), "complex ones:", np.iscomplex(w))
print("spectral radius:", np.max(np.abs(w)))
print("trace == sum of eigenvalues:", np.sum(w), np.trace(A))
print("conjugate pair:", w[1] == np.conj(w[2]), w[1].conjugate() == w[2])

print("== roots of polynomials ==")
for p in ([1, -3, 2], [1, 0, 1], [1, 2, 5], [2, 3, 4, 5], [1.0, -6, 11, -6, 0, 0], [0, 0, 1, 2], [5], [1, 0, 0, 0, -1]):
    r = np.roots(p)
    print(p, "->", r, r.dtype)
r = np.roots([1, 2, 5])
print("real parts:", r.real, "imag parts:", r.imag)
print("real_if_close of an almost-real result:", np.real_if_close(np.array([1.0 + 1e-20j, 2.0 - 0j])))
print("real_if_close keeps complex ones:", np.real_if_close(r))
for z in r:
    print("root", z, "| p(z) =", z ** 2 + 2 * z + 5)

print("== the characteristic polynomial of a Markov chain ==")
P = np.array([[0.9, 0.1, 0.0], [0.0, 0.5, 0.5], [0.4, 0.0, 0.6]])
w = np.linalg.eigvals(P.T)
print(w)
print("largest eigenvalue modulus:", np.abs(w).max())
order = np.argsort(-np.abs(w))
print("by modulus:", w[order])

print("== checking A v = lambda v with complex products ==")
A = np.array([[1.0, 2.0, 3.0], [0.0, 1.0, -1.0], [2.0, 1.0, 0.5]])
w, V = np.linalg.eig(A)
print(A @ V)
print(V * w)
print("A V == V diag(w):", np.allclose(A @ V, V * w), np.allclose(A @ V, V @ np.diag(w)))
print("column by column:", [np.allclose(A @ V[:, k], w[k] * V[:, k]) for k in range(3)])
print("v1 . v1 (no conjugate):", V[:, 1] @ V[:, 1], "| squared norm:", np.sum(np.abs(V[:, 1]) ** 2))
print("x A and its row products:", np.array([1.0, -1.0, 2.0]) @ V, V @ V)
print("dot and vdot:", np.dot(A, V[:, 0]), A.dot(V)[0], np.vdot(V[:, 1], V[:, 1]), np.dot(2j, V[0]))
