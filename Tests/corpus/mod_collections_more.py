# collections in practice: Counter arithmetic, defaultdict of lists/sets, deque windows, OrderedDict LRU, namedtuple.
from collections import Counter, defaultdict, deque, OrderedDict, namedtuple

words = "the cat sat on the mat the end".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["dog"], sum(c.values()), len(c))
d = Counter("abracadabra")
e = Counter("alakazam")
print(sorted((d + e).items())[:4], sorted((d - e).items()), sorted((d & e).items()), sorted((d | e).items())[:3])
d.update("aaa")
d.subtract({"a": 2})
print(d["a"], list(d.elements())[:6], d.total() if hasattr(d, "total") else sum(d.values()))
graph = defaultdict(set)
for a, b in [("x", "y"), ("x", "z"), ("y", "z"), ("x", "y")]:
    graph[a].add(b)
print({k: sorted(v) for k, v in graph.items()}, len(graph["nobody"]), sorted(graph))
by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
print(dict(by_len))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(max(counts, key=counts.get), counts["l"])
window = deque(maxlen=3)
for v in [1, 2, 3, 4, 5]:
    window.append(v)
    print(list(window), sum(window) / len(window))
dq = deque([1, 2, 3])
dq.appendleft(0)
dq.rotate(1)
print(dq, dq.popleft(), dq.pop(), dq, len(dq), 2 in dq)
dq.extend([7, 8])
dq.extendleft([-1, -2])
print(list(dq), dq[0], dq[-1])

class LRU:
    def __init__(self, cap):
        self.cap, self.d = cap, OrderedDict()

    def get(self, k):
        if k not in self.d:
            return -1
        self.d.move_to_end(k)
        return self.d[k]

    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            self.d.popitem(last=False)

lru = LRU(2)
lru.put(1, "a")
lru.put(2, "b")
print(lru.get(1))
lru.put(3, "c")
print(lru.get(2), lru.get(3), list(lru.d.keys()))
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
x, y = p
print(x + y, len(p), p == (3, 4), tuple(p))
Row = namedtuple("Row", "name score", defaults=[0])
print(Row("ana"), Row("bo", 9), sorted([Row("b", 2), Row("a", 3)], key=lambda r: r.score))
