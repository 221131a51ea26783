# str.startswith/endswith with tuples, bounds and non-ASCII text; pop() on lists, dicts, sets, deques and a
# user class; round() to decimals; dicts and kwargs made many times (their index tables start small).
from collections import deque

s = "héllo wörld"
print(s.startswith("hé"), s.startswith("h\u00e9l"), s.endswith("rld"), s.endswith("ö"), s.startswith(""))
print(s.startswith(("x", "hé")), s.endswith(("ö", "wörld")), s.startswith("wö", 6), s.startswith("wö", 6, 7))
print(s.endswith("llo", 0, 5), s.endswith("", 20), s.startswith("", 11), s.startswith("", 12), "".endswith(""))
print(s.startswith("é", -10), s.endswith("h", -100, 1), "abc".startswith(("",)), "aé".endswith("é", 1))
for bad in (1, ("a", 2), None):
    try:
        print(s.startswith(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(s.endswith(3))
except TypeError as e:
    print("TypeError:", e)

stack = [1, 2, 3]
out = []
while stack:
    out.append(stack.pop())
print(out, stack)
try:
    stack.pop()
except IndexError as e:
    print("IndexError:", e)
d = {"a": 1}
print(d.pop("a"), d)
try:
    d.pop()
except TypeError as e:
    print("TypeError:", e)
q = deque([1, 2])
print(q.pop(), q)
st = {7}
print(st.pop(), st)


class Stack:
    def __init__(self):
        self.items = [4, 5]

    def pop(self):
        return self.items.pop() * 10


print(Stack().pop())
print([1, 2, 3].pop(0), [1, 2, 3].pop(-1))

for x in (2.675, 2.5, 0.125, -1.005, 1e-7, 123456.789, 1e300, -0.0, 0.1 + 0.2, 2.0 / 3.0):
    print(round(x, 2), round(x, 0), round(x, 5), round(x, 15), round(x, 320), round(x, -1))
print(round(float("nan"), 2), round(float("inf"), 3), round(5, 2), round(7.5), round(8.5))

rows = []
for i in range(50):
    row = {"id": i, "name": "n%d" % i, "score": i * 0.5}
    rows.append(row)
print(len(rows), rows[-1], sum(r["score"] for r in rows))


def kw(a, b=2, *, c=3):
    return a + b + c


print(sum(kw(i, b=i, c=1) for i in range(100)), kw(1), kw(1, c=0))
print("a".endswith(("a", 2)), "ab".startswith(("a", None)))
for bad in (("b", 2), ("b", None)):
    try:
        print("a".endswith(bad))
    except TypeError as e:
        print("TypeError:", e)
for args in ((1, "x"), ("a", "x"), (["a"],)):
    try:
        print("abc".startswith(*args))
    except TypeError as e:
        print("TypeError:", e)
print("abcdef".startswith("cd", 2, 10**30), "abcdef".endswith("ab", -10**30, 2), "abc".startswith("c", True))
