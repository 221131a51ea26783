inventory = {"apples": 5, "pears": 2}
inventory["plums"] = inventory.get("plums", 0) + 3
inventory.update(apples=inventory["apples"] - 1)
print(inventory, list(inventory), "pears" in inventory, len(inventory))
grouped = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    grouped.setdefault(word[0], []).append(word)
print(grouped)
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
nested = {"user": {"name": "ann", "tags": ["x", "y"]}, "count": 2}
print(nested["user"]["tags"][1], nested.get("missing", {}).get("deep", "none"))
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged, {k: v for k, v in merged.items() if v % 2}, dict(sorted(merged.items(), reverse=True)))
print(sorted(merged, key=merged.get), max(merged, key=lambda k: merged[k]))
for k in list(merged):
    if merged[k] < 3:
        del merged[k]
print(merged)
try:
    for k in merged:
        merged["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
keys = ["x", "y", "z"]
print(dict.fromkeys(keys, 0), dict(zip(keys, range(3))), {k: len(k) * i for i, k in enumerate(keys)})
scores = {"ann": [90, 85], "bob": [70, 95, 80]}
avg = {name: sum(s) / len(s) for name, s in scores.items()}
print(avg, max(avg.items(), key=lambda kv: kv[1]))
print({(1, 2): "a", (2, 1): "b"}[(2, 1)], {frozenset({1, 2}): "set"}[frozenset({2, 1})])
d = {1: "a"}
d[1.0] = "b"
d[True] = "c"
print(d, len(d))
print(list({3: 0, 1: 0, 2: 0}), list(reversed({"a": 1, "b": 2})))
