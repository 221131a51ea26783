# Matrix multiplication three ways: triple loop over lists, loops over NumPy elements, and the @ operator.
import numpy as np

def matmul_lists(A, B):
    n, m, p = len(A), len(B), len(B[0])
    C = [[0.0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            s = 0.0
            for k in range(m):
                s += A[i][k] * B[k][j]
            C[i][j] = s
    return C

def matmul_numpy_loops(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    for i in range(A.shape[0]):
        for j in range(B.shape[1]):
            for k in range(A.shape[1]):
                C[i, j] += A[i, k] * B[k, j]
    return C

np.random.seed(1)
A = np.random.randn(12, 9)
B = np.random.randn(9, 7)
C1 = matmul_lists(A.tolist(), B.tolist())
C2 = matmul_numpy_loops(A, B)
C3 = A @ B
print(np.allclose(C1, C3), np.allclose(C2, C3), np.abs(np.array(C1) - C3).max() < 1e-12)
print(np.round(C3[:2, :3], 6))
print(C3.shape, np.dot(A, B).shape, np.matmul(A, B).shape, (A.T @ A).shape)
I = np.eye(9)
print(np.allclose(A @ I, A), np.allclose((A @ B).T, B.T @ A.T))
flops = 2 * A.shape[0] * A.shape[1] * B.shape[1]
print("flops:", flops)
row_dots = [sum(a * b for a, b in zip(A[0], B[:, j])) for j in range(B.shape[1])]
print(np.allclose(row_dots, C3[0]))
v = np.arange(9.0)
print(A @ v is not None, (A @ v).shape, np.allclose(A @ v, [sum(A[i, k] * v[k] for k in range(9)) for i in range(12)]))
