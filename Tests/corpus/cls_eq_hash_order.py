# Equality, hashing and ordering of user classes: sets, dict keys, sorting.
from functools import total_ordering

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

pts = [Point(1, 2), Point(1, 2), Point(3, 4)]
print(pts[0] == pts[1], pts[0] is pts[1], pts[0] != pts[2], len(set(pts)), pts[0] == (1, 2))
seen = {Point(0, 0): "origin"}
print(seen[Point(0, 0)], Point(0, 0) in seen, pts.count(Point(1, 2)), pts.index(Point(3, 4)))

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), min(vs), Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9.9"))
print(Version("1.0") >= Version("1.1"), sorted(vs, reverse=True))

class NoHash:
    def __eq__(self, other):
        return True

try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5, NoHash.__hash__)

class Plain:
    pass

p, q = Plain(), Plain()
print(p == q, p == p, len({p, q, p}))

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"${self.cents / 100:.2f}"

wallet = [Money(250), Money(99), Money(1000)]
print(sorted(wallet), Money(1) < Money(2), Money(3) > Money(2))
try:
    Money(1) <= Money(2)
except TypeError as e:
    print("TypeError:", e)
