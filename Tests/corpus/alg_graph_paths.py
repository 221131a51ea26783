# Graph algorithms on adjacency dicts: BFS, DFS, Dijkstra, topological sort, union-find.
from collections import deque, defaultdict
import heapq

edges = [("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 1), ("c", "d", 5), ("d", "e", 3)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))

def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        u = q.popleft()
        order.append(u)
        for v, _ in sorted(graph[u]):
            if v not in seen:
                seen.add(v)
                q.append(v)
    return order

def dfs(u, seen=None):
    seen = seen if seen is not None else []
    seen.append(u)
    for v, _ in sorted(graph[u]):
        if v not in seen:
            dfs(v, seen)
    return seen

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

print(bfs("a"), dfs("a"))
dist, prev = dijkstra("a")
print(sorted(dist.items()), path(prev, "e"))

deps = {"train": ["features", "split"], "features": ["load"], "split": ["load"], "report": ["train"], "load": []}
indeg = {k: 0 for k in deps}
for k, vs in deps.items():
    for v in vs:
        indeg[k] += 1
users = defaultdict(list)
for k, vs in deps.items():
    for v in vs:
        users[v].append(k)
ready = sorted(k for k, d in indeg.items() if d == 0)
order = []
while ready:
    n = ready.pop(0)
    order.append(n)
    for m in sorted(users[n]):
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print(order)

parent = list(range(8))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)
        return True
    return False
print([union(a, b) for a, b in [(0, 1), (2, 3), (1, 3), (0, 2), (5, 6)]])
groups = defaultdict(list)
for i in range(8):
    groups[find(i)].append(i)
print(dict(groups), len(groups))
grid = ["S.#.", "..#.", "...E"]
R, C = len(grid), len(grid[0])
q = deque([(0, 0, 0)])
seen = {(0, 0)}
while q:
    r, c, d = q.popleft()
    if grid[r][c] == "E":
        print("steps", d)
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append((nr, nc, d + 1))
