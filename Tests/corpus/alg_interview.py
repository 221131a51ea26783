def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []
def is_valid_parens(s):
    stack = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif not stack or stack.pop() != pairs[ch]:
            return False
    return not stack
def max_subarray(nums):
    best = cur = nums[0]
    for n in nums[1:]:
        cur = max(n, cur + n)
        best = max(best, cur)
    return best
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(dp[i - 1][j], dp[i][j - 1])
    return dp[-1][-1]
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
def group_anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return sorted(groups.values())
def top_k(nums, k):
    counts = {}
    for n in nums:
        counts[n] = counts.get(n, 0) + 1
    return [n for n, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]
def rotate(matrix):
    return [list(row) for row in zip(*matrix[::-1])]
def coin_change(coins, amount):
    dp = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                dp[a] = min(dp[a], dp[a - c] + 1)
    return dp[amount] if dp[amount] != float("inf") else -1
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1], 5))
print([is_valid_parens(s) for s in ["()[]{}", "(]", "([)]", "{[]}", ""]])
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), lcs("abcde", "ace"), edit_distance("kitten", "sitting"))
print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]), top_k([1, 1, 1, 2, 2, 3], 2))
print(rotate([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), coin_change([1, 2, 5], 11), coin_change([2], 3))
def bfs_shortest(graph, start, goal):
    from collections import deque
    queue = deque([[start]])
    seen = {start}
    while queue:
        path = queue.popleft()
        if path[-1] == goal:
            return path
        for nxt in graph.get(path[-1], []):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None
g = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"]}
print(bfs_shortest(g, "A", "F"), bfs_shortest(g, "F", "A"))
def topo_sort(deps):
    order, state = [], {}
    def visit(n):
        if state.get(n) == 1:
            raise ValueError("cycle at " + n)
        if state.get(n) == 2:
            return
        state[n] = 1
        for m in deps.get(n, []):
            visit(m)
        state[n] = 2
        order.append(n)
    for n in sorted(deps):
        visit(n)
    return order
print(topo_sort({"app": ["lib", "utils"], "lib": ["utils"], "utils": []}))
try:
    topo_sort({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print(e)
