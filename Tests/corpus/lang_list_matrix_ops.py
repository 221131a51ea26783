# Matrices as lists of lists, no NumPy: transpose, multiply, identity, determinant, Gaussian elimination.
def transpose(m):
    return [list(r) for r in zip(*m)]

def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))

def solve(a, b):
    n = len(a)
    aug = [row[:] + [v] for row, v in zip(a, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        aug[col], aug[pivot] = aug[pivot], aug[col]
        for r in range(n):
            if r != col:
                factor = aug[r][col] / aug[col][col]
                aug[r] = [x - factor * y for x, y in zip(aug[r], aug[col])]
    return [aug[i][n] / aug[i][i] for i in range(n)]

A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
b = [8, -11, -3]
print(transpose(A), matmul(A, identity(3)) == A, det(A), det(identity(4)))
x = solve(A, b)
print([round(v, 10) for v in x], [round(sum(a * v for a, v in zip(row, x)), 10) for row in A])
B = [[1, 2], [3, 4]]
print(matmul(B, B), matmul(B, transpose(B)), [[v * 2 for v in row] for row in B], sum(map(sum, B)))
print([row[::-1] for row in B], [list(r) for r in zip(*B[::-1])], [B[i][i] for i in range(2)], max(max(r) for r in B))
power = identity(2)
for _ in range(10):
    power = matmul(power, [[1, 1], [1, 0]])
print(power, power[0][1])
flat = [v for row in A for v in row]
print(flat, [flat[i:i + 3] for i in range(0, 9, 3)] == A)
