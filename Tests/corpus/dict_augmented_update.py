from collections import defaultdict, Counter
d = {"a": 1, (1, "x"): 2.5, 3: [1]}
d["a"] += 1
d[(1, "x")] *= 2
d[3] += [2]
d[3.0] += [3]
print(d)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)
dd = defaultdict(int)
for w in "abracadabra":
    dd[w] += 1
print(dict(dd))
c = Counter("hello")
c["l"] += 10
print(c)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
k = K(1)
e = {k: 5}
e[k] += 1
print(e[k])
f = {"x": 1}
def grow():
    f["y"] = 2
    return 10
f["x"] += grow()
print(f)
g = {"n": 1}
def drop():
    del g["n"]
    return 5
g["n"] += drop()
print(g)
pairs = {}
words = ["ab", "cd", "ab", "ef"] * 3
for i in range(len(words) - 1):
    key = (words[i][1], words[i + 1][1])
    if key in pairs:
        pairs[key] += 1
    else:
        pairs[key] = 1
print(pairs)
