# The numeric tier's lists of lists (dp[i][j]): DP tables, list matrices, in-place updates, negative indices,
# shared rows, ragged tables, rows held by another name, mixed kinds, bool tables.
# edit distance with a DP table
def edit_distance(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        dp[i][0] = i
    for j in range(m + 1):
        dp[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + cost)
    return dp[n][m]
print(edit_distance("kitten", "sitting"))
# a grid of paths, all in the tier
def paths(n, m):
    grid = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            if i == 0 or j == 0:
                grid[i][j] = 1
            else:
                grid[i][j] = grid[i - 1][j] + grid[i][j - 1]
    return grid[n - 1][m - 1]
print(paths(10, 10), paths(40, 40))
# matrix product over lists of lists of floats
def matmul(A, B):
    n, k, m = len(A), len(B), len(B[0])
    C = [[0.0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += A[i][t] * B[t][j]
            C[i][j] = s
    return C
A = [[float(i + j) for j in range(4)] for i in range(3)]
B = [[float(i * j) - 1.5 for j in range(2)] for i in range(4)]
print(matmul(A, B))
# updates in place, negative indices
T = [[1, 2, 3], [4, 5, 6]]
for i in range(2):
    for j in range(3):
        T[i][j] *= 10
        T[i][-1] += 1
print(T)
# the classic aliasing: rows that are one list
S = [[0] * 3] * 3
for i in range(3):
    S[i][i] = i + 1
print(S)
# a row that is not a list, a ragged table, an index out of range
R = [[1, 2], [3], 5]
total = 0
try:
    for i in range(3):
        for j in range(2):
            total += R[i][j]
except IndexError as e:
    print("IndexError", e, total)
try:
    for i in range(3):
        total += R[i][0]
except TypeError as e:
    print("TypeError", e, total)
# a row also held by another name, read while the table is written
dp = [[1, 2, 3], [4, 5, 6]]
first = dp[0]
for j in range(3):
    dp[0][j] = first[j] + 10
print(dp, first)
# mixed kinds in a table
M = [[1, 2.5], [3, 4]]
acc = 0
for i in range(2):
    for j in range(2):
        acc += M[i][j]
print(acc)
# knapsack
def knapsack(weights, values, cap):
    n = len(weights)
    best = [[0] * (cap + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        w = weights[i - 1]
        v = values[i - 1]
        for c in range(cap + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    return best[n][cap]
print(knapsack([1, 3, 4, 5], [1, 4, 5, 7], 7))
# bool tables
seen = [[False] * 4 for _ in range(4)]
for i in range(4):
    seen[i][3 - i] = True
cnt = 0
for i in range(4):
    for j in range(4):
        if seen[i][j]:
            cnt += 1
print(cnt, seen[0])
