import heapq
from collections import deque, defaultdict

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))


def dijkstra(source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev


dist, prev = dijkstra("A")
print(sorted(dist.items()))
path, node = [], "F"
while node != "A":
    path.append(node)
    node = prev[node]
print(" -> ".join(["A"] + path[::-1]))


def bfs(start):
    seen, order, queue = {start}, [], deque([start])
    while queue:
        u = queue.popleft()
        order.append(u)
        for v, _ in sorted(graph[u]):
            if v not in seen:
                seen.add(v)
                queue.append(v)
    return order


def dfs(u, seen=None):
    seen = set() if seen is None else seen
    seen.add(u)
    out = [u]
    for v, _ in sorted(graph[u]):
        if v not in seen:
            out += dfs(v, seen)
    return out


print(bfs("A"), dfs("A"))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": []}
indegree = {k: 0 for k in deps}
for k, vs in deps.items():
    for v in vs:
        indegree[v] += 1
ready = deque(sorted(k for k, d in indegree.items() if d == 0))
order = []
while ready:
    k = ready.popleft()
    order.append(k)
    for v in deps[k]:
        indegree[v] -= 1
        if indegree[v] == 0:
            ready.append(v)
print(order)
parent = {}


def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


mst = 0
for u, v, w in sorted(edges, key=lambda e: e[2]):
    ru, rv = find(u), find(v)
    if ru != rv:
        parent[ru] = rv
        mst += w
print("MST weight", mst)
grid = ["..#.", "..#.", "....", "#..."]
start, goal = (0, 0), (0, 3)
steps = {start: 0}
q = deque([start])
while q:
    r, c = q.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 4 and 0 <= nc < 4 and grid[nr][nc] == "." and (nr, nc) not in steps:
            steps[(nr, nc)] = steps[(r, c)] + 1
            q.append((nr, nc))
print(steps.get(goal), len(steps))
