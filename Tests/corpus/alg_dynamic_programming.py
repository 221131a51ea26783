from functools import lru_cache


def edit_distance(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        dp[i][0] = i
    for j in range(len(b) + 1):
        dp[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + cost)
    return dp[-1][-1]


def lis(xs):
    import bisect
    tails = []
    for x in xs:
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)


def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    for weight, value in items:
        for c in range(capacity, weight - 1, -1):
            best[c] = max(best[c], best[c - weight] + value)
    return best[capacity]


@lru_cache(maxsize=None)
def coin_ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])


def lcs(a, b):
    prev = [""] * (len(b) + 1)
    for ca in a:
        cur = [""]
        for j, cb in enumerate(b):
            cur.append(prev[j] + ca if ca == cb else max(prev[j + 1], cur[j], key=len))
        prev = cur
    return prev[-1]


print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([]), lis([5, 4, 3]))
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
print(coin_ways(100, (1, 5, 10, 25, 50)), coin_ways.cache_info().hits > 0)
print(lcs("ABCBDAB", "BDCABA"), lcs("abc", "def") == "")
grid = [[1, 3, 1], [1, 5, 1], [4, 2, 1]]
rows, cols = len(grid), len(grid[0])
cost = [[0] * cols for _ in range(rows)]
for i in range(rows):
    for j in range(cols):
        up = cost[i - 1][j] if i else float("inf")
        left = cost[i][j - 1] if j else float("inf")
        cost[i][j] = grid[i][j] + (0 if i == j == 0 else min(up, left))
print(cost[-1][-1], cost)
memo = {}


def climb(n):
    if n <= 2:
        return n
    if n not in memo:
        memo[n] = climb(n - 1) + climb(n - 2)
    return memo[n]


print([climb(n) for n in range(1, 11)], climb(90))
