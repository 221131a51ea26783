# d.get and s.add on every receiver they meet: dicts and their library kin, sets, frozensets, user classes with
# methods of those names; the default is evaluated even when the key is found, errors name the call.
from collections import Counter, OrderedDict, defaultdict


def noisy(v):
    print("evaluated", v)
    return v


class Store:
    def __init__(self):
        self.data = {}

    def get(self, key, default=None):
        return self.data.get(key, ("store default", default))

    def add(self, item):
        self.data[item] = True
        return "added"


receivers = [{"a": 1}, defaultdict(int, a=2), Counter("aab"), OrderedDict(a=4), Store()]
for r in receivers:
    print(type(r).__name__, r.get("a"), r.get("zz"), r.get("a", noisy(0)), r.get("zz", noisy(5)))
dd = defaultdict(list)
print(dd.get("missing"), "missing" in dd)
for bad in ([1], {1: 2}):
    try:
        {"a": 1}.get(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        {"a": 1}.get(bad, noisy("d"))
    except TypeError as e:
        print("TypeError:", e)

s = set()
for x in [3, 1, 3, "a", (1, 2), 1.0, True]:
    print(s.add(x), len(s))
print(sorted(s, key=repr))
st = Store()
print(st.add("k"), st.data)
try:
    s.add([1])
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].get(1)
except AttributeError as e:
    print("AttributeError:", e)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
seen = set()
order = []
for w in "the cat and the hat".split():
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order, len(seen))
