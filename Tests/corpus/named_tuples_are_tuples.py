# collections.namedtuple values are tuples: isinstance, compare, hash, slice, unpack and format as tuples, fields
# read by name, errors as CPython words them, a subclass with methods and operators, lru_cache's CacheInfo.
from collections import namedtuple
import functools
Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(1)
print(p, p._replace(x=5), Point._fields, p.x, p[1], tuple(p), Point._make([3, 4]), p == (1, 0), isinstance(p, tuple))
print(type(tuple(p)).__name__, p[:] == p, type(p[:]).__name__, type(p + p).__name__, repr([p, (p,)]), str(p))
print(p._asdict(), Point(y=2, x=1), hash(p) == hash((1, 0)), {p: "a"}, sorted([Point(2, 1), Point(1, 5)]))
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=2)
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
try:
    p.z = 1
except AttributeError as e:
    print(e)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
v = Vec(3, 4)
print(v, v.norm(), v + Vec(1, 1), isinstance(v, tuple), type(v).__mro__[1].__name__, v._replace(x=0))
Emp = namedtuple("Emp", "name dept salary")
rows = [Emp("a", "x", 10), Emp("b", "y", 30), Emp("c", "x", 20)]
by = {}
for r in rows:
    by.setdefault(r.dept, []).append(r.salary)
print(by, max(rows, key=lambda r: r.salary).name, [r.name for r in sorted(rows, key=lambda r: -r.salary)])
name, dept, salary = rows[0]
print(name, dept, salary, "%s-%s-%d" % rows[0], *rows[1])
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(20)
info = fib.cache_info()
print(info, info.hits, isinstance(info, tuple), info[1])
P = namedtuple("P", "x y")
p = P(1, 2)
q = P(0, 5)
print(isinstance(p, tuple), p < q, sorted([p, q]), hash(p) == hash((1, 2)), p + (3,), p * 2, p.count(1), p.index(2), p[-1], p[:1], 2 in p, len(p), max(p), p == (1, 2), {p: 1}[(1, 2)])
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(p, type(p).__name__, type(p).__bases__)
a, *rest = p
print(a, rest, list(p), tuple(p), "%d-%d" % p, "{}-{}".format(*p), P._fields, p._fields)
for spec in ("a _b", "a b a"):
    try:
        namedtuple("Bad", spec)
    except ValueError as e:
        print("ValueError:", e)

# typing.NamedTuple written as a class: annotated fields, defaults, methods and properties.
from typing import NamedTuple, List


class Sample(NamedTuple):
    """One labelled example."""
    features: List[float]
    label: int
    weight: float = 1.0

    def scaled(self, k):
        return self._replace(features=[k * f for f in self.features])

    @property
    def size(self):
        return len(self.features)


s = Sample([1.0, 2.0], 1)
print(s, s.weight, s.size, s.scaled(2), Sample.__doc__, isinstance(s, tuple), Sample._fields)
x, y, w = s
print(x, y, w, s == ([1.0, 2.0], 1, 1.0), type(s).__name__)
try:
    class Bad(NamedTuple):
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
