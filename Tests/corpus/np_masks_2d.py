import numpy as np
A = np.array([[1.0, -2.0], [3.0, -4.0]])
print(A[A > 0])
B = np.arange(6.0).reshape(2, 3)
print(B[B > 2])
print(B.T[B.T > 2])
C = B.T
C[C > 2] = -1
print(B)
M = np.arange(24).reshape(2, 3, 4)
print(M[M % 5 == 0])
M[M % 5 == 0] = 0
print(M)
V = M[:, 1:, ::2]
print(V[V > 10])
V[V > 10] += 100
print(M)
print(A[np.zeros((2, 2), dtype=bool)])
try:
    A[np.ones((3, 2), dtype=bool)]
except IndexError as e:
    print("IndexError:", e)
