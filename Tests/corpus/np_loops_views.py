import numpy as np
n = 5
A = np.arange(n * n).reshape(n, n) * 1.0
B = np.eye(n) * 2
C = np.zeros((n, n))
for i in range(A.shape[0]):
    for j in range(B.shape[1]):
        for k in range(A.shape[1]):
            C[i, j] += A[i, k] * B[k, j]
print(C)
print(C == A @ B)
x = np.array([3.0, 1.0, 2.0])
for i in range(len(x)):
    x[i] = x[i] * 10 + i
print(x, x[-1], x[0] > x[1])
counts = np.zeros(4, dtype=int)
for v in [0, 1, 1, 3, 3, 3]:
    counts[v] += 1
print(counts, counts.sum(), repr(counts[3]))
grid = np.zeros((3, 4))
grid[1] = 5
grid[:, 2] = np.array([7, 8, 9])
grid[0, 0] = -1
print(grid)
sub = grid[1:, 1:3]
sub *= 2
print(grid, sub.shape)
total = 0.0
for row in grid:
    for value in row:
        total += value
print(total, grid.sum(), total == grid.sum())
m = np.array([[1, 2], [3, 4]])
m2 = m
m2[0, 0] = 100
print(m, m is m2, np.shares_memory(m, m2), np.shares_memory(m, m.copy()))
t = m.T
t[0, 1] = -3
print(m, t)
flat = m.ravel()
flat[0] = 0
print(m, m.flatten())
