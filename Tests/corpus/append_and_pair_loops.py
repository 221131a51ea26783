# `xs.append(e)` on lists and on anything else with an `append`; `for a, b in zip(…)` / `enumerate(…)` over lists
# of any items; str.upper/lower on ASCII and on other text.
from collections import deque


class Log:
    def __init__(self):
        self.lines = []

    def append(self, line):
        self.lines.append(line.upper())
        return len(self.lines)


out = []
for w in ["a", "b", "c"]:
    out.append(w)
print(out)
log = Log()
print(log.append("x"), log.append("y"), log.lines)
q = deque([1])
q.append(2)
print(q)
things = [[], Log(), deque()]
for t in things:
    print(t.append("z"))
print(things[0], things[1].lines, things[2])
# the argument is evaluated before the append, and may append to the list itself
xs = [1]
xs.append(len(xs) + xs.append(5) if False else len(xs))
print(xs)
xs.append(xs)
print(len(xs), xs[-1] is xs)
# a name holding no list yet, then a list
try:
    ys.append(1)
except NameError as e:
    print("NameError:", e)


def local_append():
    try:
        zs.append(1)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    zs = []
    for k in range(3):
        zs.append(k * k)
    n = None
    try:
        n.append(1)
    except AttributeError as e:
        print("AttributeError:", e)
    return zs


print(local_append())
# zip and enumerate over lists of strings and tuples
pts = [(1, 2), (3, 4), (5, 6)]
names = ["p", "q", "r", "s"]
for p, n in zip(pts, names):
    print(n, p)
for i, n in enumerate(names):
    if i == 1:
        names.append("t")
    if i > 5:
        break
    print(i, n)
for i, (a, b) in enumerate(pts):
    print(i, a + b)
# str.upper/lower
for s in ["abc", "MiXeD 123", "", "straße", "ΣΑΣ", "éa", "ǅ"]:
    print(repr(s.upper()), repr(s.lower()))
