from collections import defaultdict, Counter, OrderedDict, deque, namedtuple
d = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    d[word[0]].append(word)
print(d, dict(d), d["z"], len(d))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
c = Counter("mississippi")
print(c, c.most_common(2), c["s"], c["zz"], sum(c.values()), list(c.elements())[:5])
c.update("sip")
print(c.most_common(), c.total() if hasattr(c, "total") else 0)
print(Counter([1, 2, 2, 3, 3, 3]) + Counter([3, 4]), Counter(a=3, b=1) - Counter(a=1, b=2))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(Counter(words).most_common(3), Counter())
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(od, list(od.keys()), OrderedDict())
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, q.popleft(), q.pop(), q, len(q), 2 in q, q[0])
q.rotate(1)
print(q)
q.extend([7, 8])
print(q, list(q))
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), sum(window) / len(window))
print(window)
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), list(p), p._asdict(), p._replace(x=9), Point._fields)
x, y = p
print(x + y, len(p))
Pair = namedtuple("Pair", "left right")
print(Pair(right=5, left=3), sorted([Pair(2, 1), Pair(1, 2)]) if False else "")
bfs = deque([(0, 0)])
seen = {(0, 0)}
steps = 0
while bfs and steps < 20:
    cx, cy = bfs.popleft()
    steps += 1
    for dx, dy in ((1, 0), (0, 1)):
        nxt = (cx + dx, cy + dy)
        if nxt not in seen and max(nxt) < 3:
            seen.add(nxt)
            bfs.append(nxt)
print(steps, sorted(seen))
