# The idiomatic triple loop over NumPy elements, as tutorials write it.
import numpy as np
n = 60
A = np.array([[(i * 7 + j * 3) % 11 / 10.0 for j in range(n)] for i in range(n)])
B = np.array([[(i * 5 + j) % 13 / 10.0 for j in range(n)] for i in range(n)])
C = np.zeros((n, n))
for i in range(A.shape[0]):
    for j in range(B.shape[1]):
        for k in range(A.shape[1]):
            C[i, j] += A[i, k] * B[k, j]
print(C[0, 0], C[n - 1, n - 1], np.abs(C - A @ B).max() < 1e-9)
