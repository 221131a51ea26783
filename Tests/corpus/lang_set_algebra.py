# Sets: algebra, comprehension, frozenset keys, subset tests, dedup preserving order, Jaccard similarity.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union([9]), a.intersection(b, {4}), a.difference(b, {1}))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(range(10)), a.isdisjoint({7, 8}), b.issuperset({5}))
s = set()
s.add(3)
s.update([1, 2], (5,))
s.discard(99)
s.remove(1)
print(s, len(s), 2 in s, s.pop() in {2, 3, 5}, len(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
c = {x % 5 for x in range(20)}
print(c, sorted({w[0] for w in ["apple", "avocado", "banana"]}), set("mississippi") == {"m", "i", "s", "p"})
f = frozenset({1, 2})
groups = {f: "pair", frozenset(): "empty"}
print(groups[frozenset([2, 1])], f | {3}, type(f | {3}).__name__, hash(f) == hash(frozenset([1, 2])))
items = ["b", "a", "b", "c", "a", "d"]
seen = set()
dedup = [x for x in items if not (x in seen or seen.add(x))]
print(dedup, list(dict.fromkeys(items)), sorted(set(items)))

def jaccard(x, y):
    x, y = set(x), set(y)
    return len(x & y) / len(x | y) if x | y else 1.0

print(jaccard("night", "nacht"), jaccard([1, 2, 3], [2, 3, 4]), jaccard([], []))
def shingles(text, k=3):
    return {text[i:i + k] for i in range(len(text) - k + 1)}
print(round(jaccard(shingles("machine learning"), shingles("machine yearning")), 4))
s2 = {3, 1, 2}
s2 |= {10}
s2 &= {1, 2, 10, 11}
s2 -= {2}
s2 ^= {1, 7}
print(s2, set(), {()}, {(1, 2), (1, 2)}, len({1, 1.0, True}))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
print(sorted({"b": 1, "a": 2}.keys() | {"c"}), {1, 2}.symmetric_difference([2, 3]), max({4, 9, 1}), sum({1, 2, 3}))
