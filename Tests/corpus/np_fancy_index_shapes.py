import numpy as np
y = np.array([10, 20, 30, 40])
idx = np.array([[0, 1], [3, 2]])
print(y[idx], y[idx].shape, y[idx].mean(axis=1))
A = np.arange(12).reshape(3, 4)
print(A[np.array([[0, 2]])], A[np.array([[0, 2]])].shape)
print(A[[0, 2], [1, 3]], A[np.array([[0, 1], [2, 2]]), np.array([[0, 1], [2, 3]])])
B = A.copy()
B[np.array([[0], [2]])] = -1
print(B)
y2 = y.copy()
y2[idx] = np.array([[1, 2], [3, 4]])
print(y2)
try:
    A[[0, 1, 2], [0, 1]]
except IndexError as e:
    print("IndexError:", e)
print(A[[True, False, True]], A[:, [0, 0, 3]], A[[2, 0]][:, [1]])
