d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
for k in d:
    print(k, d[k])
d2 = d
d2["d"] = 4
print(d)
del d["b"]
print(d, d.pop("c"), d.pop("zz", None), d)
print(d.setdefault("e", 5), d.setdefault("a", 100), d)
d.update({"a": 10, "f": 6}, g=7)
print(d)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple", None: "none", 3.5: "f"}, {x: x * x for x in range(4)})
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"k": 1}))
print({**{"a": 1}, "b": 2, **{"a": 3}}, {"a": 1} | {"b": 2})
e = dict.fromkeys("ab", 0) if hasattr(dict, "fromkeys") else {"a": 0, "b": 0}
print(e, d.popitem(), d, {} == {}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
inv = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inv, sorted(inv), min(inv), max(inv.values()))
try:
    d["missing"]
except KeyError as err:
    print("KeyError", err, repr(err), err.args)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["c"] += 1
print(nested, nested["a"]["b"])
copy = d.copy()
copy["new"] = 1
print(d == copy, len(copy), copy.clear(), copy)
