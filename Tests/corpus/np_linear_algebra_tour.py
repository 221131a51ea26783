# Linear algebra a learner checks by hand: products, inverse, determinant, solve, eig, norms, projections.
import numpy as np

A = np.array([[4.0, 1.0], [2.0, 3.0]])
b = np.array([1.0, 2.0])
print(A @ b, A.dot(b), np.dot(b, b), np.inner(b, b), np.outer(b, b), A @ A, A * A)
print(np.linalg.det(A), np.linalg.inv(A), np.round(A @ np.linalg.inv(A), 12))
x = np.linalg.solve(A, b)
print(x, np.allclose(A @ x, b))
vals, vecs = np.linalg.eig(A)
order = np.argsort(vals)
print(vals[order], np.round(np.abs(vecs[:, order]), 6))
print(np.allclose(A @ vecs, vecs * vals), np.trace(A), vals.sum(), np.prod(vals))
S = np.array([[2.0, 1.0], [1.0, 2.0]])
w, V = np.linalg.eigh(S)
print(w, np.round(np.abs(V), 6), np.allclose(V @ np.diag(w) @ V.T, S))
print(np.linalg.matrix_rank(np.array([[1, 2], [2, 4]])), np.linalg.matrix_rank(A), np.linalg.norm(b), np.linalg.norm(A, "fro"))
u = np.array([3.0, 4.0])
v = np.array([1.0, 0.0])
proj = (u @ v) / (v @ v) * v
cos = u @ v / (np.linalg.norm(u) * np.linalg.norm(v))
print(proj, round(float(cos), 6), np.round(np.degrees(np.arccos(cos)), 10))
Q, R = np.linalg.qr(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
print(Q.shape, R.shape, np.allclose(Q @ R, [[1, 2], [3, 4], [5, 6]]), np.allclose(Q.T @ Q, np.eye(2)))
L = np.linalg.cholesky(S)
print(np.round(L, 6), np.allclose(L @ L.T, S))
print(np.eye(3), np.diag([1, 2, 3]), np.diag(np.arange(9).reshape(3, 3)), np.triu(np.ones((3, 3))))
M = np.arange(1, 7).reshape(2, 3)
print(M.T @ M, np.einsum("ij,ij->", M, M), np.einsum("ij->j", M), np.kron(np.eye(2), [[1, 2]]))
try:
    np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
try:
    np.ones((2, 3)) @ np.ones((2, 3))
except ValueError as e:
    print("ValueError:", e)
