# `for k, v in d.items()`: dicts walked in place, changes during the loop raising as CPython does, other objects'
# `items()` called and iterated.
d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)
for (k, v) in d.items():
    pass
print(k, v)
for [k, v] in d.items():
    d[k] = v * 10
print(d)
try:
    for k, v in d.items():
        d["new" + k] = v
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k, v in d.items():
        del d[k]
        d[k + "x"] = v
except RuntimeError as e:
    print("RuntimeError:", e)
from collections import Counter, defaultdict, OrderedDict
for k, v in Counter("hello").items():
    print(k, v, end="; ")
print()
dd = defaultdict(list)
dd["x"].append(1)
for k, v in dd.items():
    print(k, v)
class Obj:
    def items(self):
        yield ("gen", 1)
        yield ("gen", 2)
for k, v in Obj().items():
    print(k, v)
try:
    for k, v in [1, 2].items():
        pass
except AttributeError as e:
    print("AttributeError:", e)
try:
    for k, v, w in d.items():
        pass
except ValueError as e:
    print("ValueError:", e)
for k, v in {}.items():
    print("never")
for k, v in {1: 2, 3: 4}.items():
    if k == 3:
        break
else:
    print("no break")
print(k, v)
for k, v in {1: 2}.items():
    continue
else:
    print("else ran", k, v)
def f(m):
    total = 0
    for key, val in m.items():
        total += key * val
    return total
print(f({1: 2, 3: 4}))
for k, v in d.items():
    d[k] = 0
print(d)
# the same checks on keys and values, and a dict that shrinks then grows back to its size
e = {1: "a", 2: "b", 3: "c"}
try:
    for k in e:
        del e[k]
        e[k + 10] = "z"
except RuntimeError as err:
    print("RuntimeError:", err, e)
e = {1: "a", 2: "b"}
try:
    for v in e.values():
        e.pop(1, None)
except RuntimeError as err:
    print("RuntimeError:", err, e)
e = {1: "a", 2: "b"}
seen = []
for k in e.keys():
    seen.append(k)
    e[k] = "changed"
print(seen, e)
it = iter({1: 2})
print(next(it), next(it, "done"))
