# Tuple equality and hashing as dict and set keys (str and int items are compared and hashed where the tuple
# holds them, everything else through ==), and str lengths counted from UTF-8 bytes.


class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, Loose) and self.v % 10 == other.v % 10

    def __hash__(self):
        return self.v % 10


nan = float("nan")
pairs = [
    (("a", "b"), ("a", "b")),
    (("a", "b"), ("a", "c")),
    (("a",), ("a", "b")),
    ((1, 2), (1, 2)),
    ((1, 2), (1, 3)),
    ((1, "x"), (1.0, "x")),
    ((True, 0), (1, False)),
    ((nan,), (nan,)),
    (((1, "a"), "b"), ((1, "a"), "b")),
    ((Loose(3), "k"), (Loose(13), "k")),
    ((Loose(3), "k"), (Loose(4), "k")),
    (("a" * 3, 10**20), ("aaa", 10**20)),
    ((), ()),
]
for a, b in pairs:
    print(a == b, a != b, hash(a) == hash(b) if a == b else "-")

d = {}
words = "the cat and the hat and the bat".split()
for w1, w2 in zip(words, words[1:]):
    key = (w1, w2[0])
    d[key] = d.get(key, 0) + 1
print(sorted(d.items()))
print(d[("the", "c")], ("and", "t") in d, ("and", "x") in d, d.get(("".join(["t", "h", "e"]), "h")))
mixed = {(1, "a"): "int", (2.0, "b"): "float", (True, "c"): "bool"}
print(mixed[(1.0, "a")], mixed[(2, "b")], mixed[(1, "c")], (0, "a") in mixed)
s = {(1, 2), (1.0, 2.0), (2, 1), ("1", 2)}
print(len(s), (1, 2) in s, (True, 2) in s, ("1", 2.0) in s)
loose = {(Loose(1), "z"): "first"}
print(loose[(Loose(11), "z")])
print(loose.get((Loose(2), "z")))
for s in ["", "a", "héllo", "日本語", "a😀b", "ok" * 20, "é" * 17, "😀" * 5 + "x"]:
    t = s + "Z"
    print(len(s), len(t), t[len(s)], t[-1], s[1:3], s[::-1][:2], len(s.upper()), len(t * 3))
