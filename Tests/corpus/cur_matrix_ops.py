def shape(M):
    return len(M), len(M[0])
def add(A, B):
    return [[a + b for a, b in zip(ra, rb)] for ra, rb in zip(A, B)]
def scale(A, k):
    return [[k * a for a in r] for r in A]
def mul(A, B):
    return [[sum(a * b for a, b in zip(r, c)) for c in zip(*B)] for r in A]
def transpose(A):
    return [list(c) for c in zip(*A)]
def inverse2(A):
    (a, b), (c, d) = A
    det = a * d - b * c
    return [[d / det, -b / det], [-c / det, a / det]]
def gauss_solve(A, y):
    n = len(A)
    M = [row[:] + [v] for row, v in zip(A, y)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(M[r][col]))
        M[col], M[pivot] = M[pivot], M[col]
        for r in range(n):
            if r != col:
                factor = M[r][col] / M[col][col]
                M[r] = [x - factor * p for x, p in zip(M[r], M[col])]
    return [M[i][n] / M[i][i] for i in range(n)]
A = [[4.0, 7.0], [2.0, 6.0]]
print(shape(A), add(A, A), scale(A, 0.5), mul(A, transpose(A)), inverse2(A))
print(mul(A, inverse2(A)))
print(gauss_solve([[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]], [8.0, -11.0, -3.0]))
def power_iteration(M, steps=50):
    v = [1.0] * len(M)
    lam = 0.0
    for _ in range(steps):
        w = [sum(m * x for m, x in zip(row, v)) for row in M]
        lam = max(abs(x) for x in w)
        v = [x / lam for x in w]
    return lam, v
lam, v = power_iteration([[2.0, 1.0], [1.0, 3.0]])
print(round(lam, 8), [round(x, 8) for x in v])
trace = sum(A[i][i] for i in range(2))
print(trace, [[1 if i == j else 0 for j in range(3)] for i in range(3)])
