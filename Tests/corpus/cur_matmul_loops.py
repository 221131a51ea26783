# Matrix multiplication by three nested loops on lists, checked against a list-comprehension version.
def matmul(A, B):
    n, m, p = len(A), len(B), len(B[0])
    C = [[0.0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            s = 0.0
            for k in range(m):
                s += A[i][k] * B[k][j]
            C[i][j] = s
    return C
def matmul_comp(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
A = [[(i * 3 + j) % 7 - 3.0 for j in range(4)] for i in range(3)]
B = [[(i + 2 * j) % 5 * 0.5 for j in range(2)] for i in range(4)]
C = matmul(A, B)
print(C)
print(C == matmul_comp(A, B))
def transpose(M):
    return [list(r) for r in zip(*M)]
def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
print(transpose(A), matmul(identity(3), A) == A)
def dot(u, v):
    return sum(x * y for x, y in zip(u, v))
def norm(v):
    return dot(v, v) ** 0.5
u, v = [1.0, 2.0, 2.0], [3.0, 0.0, 4.0]
print(dot(u, v), norm(u), norm(v), dot(u, v) / (norm(u) * norm(v)))
def det2(M):
    return M[0][0] * M[1][1] - M[0][1] * M[1][0]
def det3(M):
    return sum((-1) ** j * M[0][j] * det2([row[:j] + row[j + 1:] for row in M[1:]]) for j in range(3))
M = [[2.0, -3.0, 1.0], [2.0, 0.0, -1.0], [1.0, 4.0, 5.0]]
print(det3(M), det2([[1, 2], [3, 4]]))
total = 0
n = 60
X = [[(i * j) % 11 for j in range(n)] for i in range(n)]
Y = matmul(X, X)
print(sum(sum(r) for r in Y), Y[5][7], Y[n - 1][n - 1])
