# Dict methods, ordering and merging.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("d"), d.pop("zz", "none"), d)
d.update({"a": 10}, e=5)
d.update([("f", 6)])
print(d)
print(dict.fromkeys("abc", 0), dict.fromkeys(range(3)), dict(zip("xyz", [1, 2, 3])), dict(a=1, b=2))
print(d | {"a": -1, "g": 7}, {"g": 7} | d)
e = dict(d)
e |= {"h": 8}
print(e, d == e, len(e))
print(d.popitem(), d)
inv = {v: k for k, v in d.items()}
print(inv, sorted(inv), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
nested = {"layer1": {"w": [1, 2], "b": 0}, "layer2": {"w": [3], "b": 1}}
for name, params in nested.items():
    for p, v in params.items():
        print(name, p, v)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
keys = list(counts)
for k in keys:
    if counts[k] == 1:
        del counts[k]
print(counts, "s" in counts, "m" in counts, "x" not in counts)
try:
    {}["missing"]
except KeyError as err:
    print("KeyError", err, repr(err))
try:
    for k in counts:
        counts["new"] = 1
except RuntimeError as err:
    print("RuntimeError:", err)
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple"}[(1, 2)])
print(sorted({3: 0, 1: 0, 2: 0}.keys()), list({3: 0, 1: 0}.keys()), {} == dict(), bool({}))
