a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, {3} < b, a.isdisjoint({9}))
c = set()
c |= a
c -= {1}
c &= {2, 3, 9}
c ^= {7}
print(sorted(c), len(c), 7 in c, frozenset([1, 2]) == {1, 2}, {frozenset([1]): "x"})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first)
lengths = {w: len(w) for w in words if len(w) > 5}
print(lengths, {v: k for k, v in lengths.items()})
inventory = {"apples": 3, "pears": 0}
inventory.update(pears=5, kiwis=2)
inventory |= {"plums": 1}
print(inventory, inventory.pop("kiwis"), inventory.pop("none", "missing"), list(inventory.keys()))
print(dict.fromkeys("abc", 0), dict(zip("xyz", range(3))), dict([("k", 1)], extra=2))
d = {"b": 2, "a": 1, "c": 3}
print(sorted(d), sorted(d.items(), key=lambda kv: -kv[1]), max(d, key=d.get), list(reversed(d)))
keys = d.keys()
d["z"] = 26
print(len(keys), "z" in keys, keys & {"a", "q"}, list(d.values())[-1])
del d["a"]
print(d, d.get("a"), d.setdefault("a", 100), d)
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("q", {}).get("r"))
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
matrix = {(i, j): i * j for i in range(3) for j in range(3)}
print(matrix[(2, 2)], sum(matrix.values()), sorted(k for k, v in matrix.items() if v == 0))
s = {x % 5 for x in range(20)}
print(s, sorted({x: None for x in [3, 1, 3, 2]}), set("mississippi") == set("misp"))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
inventory = {"tea": 1, "jam": 2, "bun": 3}
other = {"jam": 9, "egg": 4}
print(sorted(inventory.keys() & other.keys()), sorted(inventory.keys() | other), sorted(inventory.keys() - {"tea"}))
print(sorted(other.keys() ^ inventory.keys()), sorted({"jam", "x"} & inventory.keys()), sorted(inventory.items() & {("jam", 2)}))
