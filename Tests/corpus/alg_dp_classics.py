# Dynamic programming: knapsack, LCS, edit distance, coin change, LIS, max subarray.
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[cap]

def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if x == y else max(dp[i - 1][j], dp[i][j - 1])
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i, j = i - 1, j - 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[-1][-1], "".join(reversed(out))

def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, a in enumerate(s, 1):
        cur = [i]
        for j, b in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a != b)))
        prev = cur
    return prev[-1]

def coin_change(coins, amount):
    INF = float("inf")
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != INF else -1

def lis(xs):
    import bisect
    tails = []
    for x in xs:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)

def kadane(xs):
    best = cur = xs[0]
    start = best_start = best_end = 0
    for i, x in enumerate(xs[1:], 1):
        if cur + x < x:
            cur, start = x, i
        else:
            cur += x
        if cur > best:
            best, best_start, best_end = cur, start, i
    return best, xs[best_start:best_end + 1]

print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
print(lcs("AGGTAB", "GXTXAYB"), lcs("abcdef", "acf"))
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))
print(coin_change([1, 5, 10, 25], 63), coin_change([2], 3), coin_change([186, 419, 83, 408], 6249))
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis(list(range(10, 0, -1))))
print(kadane([-2, 1, -3, 4, -1, 2, 1, -5, 4]))
memo = {}
def grid_paths(r, c):
    if r == 1 or c == 1:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return memo[(r, c)]
print(grid_paths(18, 18), len(memo))
tri = [[2], [3, 4], [6, 5, 7], [4, 1, 8, 3]]
for row in range(len(tri) - 2, -1, -1):
    for i in range(len(tri[row])):
        tri[row][i] += min(tri[row + 1][i], tri[row + 1][i + 1])
print(tri[0][0])
