from dataclasses import dataclass, field
from functools import total_ordering
from collections import namedtuple, defaultdict, Counter, OrderedDict, deque


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"


vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") > Version("1.9"))
print(len({Version("1.0"), Version("1.0"), Version("1.1")}))


@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)


items = [Item(3.5, "tea"), Item(1.25, "bun", ["warm"]), Item(2.0, "jam")]
print(sorted(items)[0], min(items).name, Item(1.0, "a") == Item(1.0, "b"))


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def describe():
        return "a temperature"

    def __str__(self):
        return f"{self._c:.1f}°C"


t = Temperature(25)
t.celsius = 30
print(t, t.fahrenheit, Temperature.from_fahrenheit(212), Temperature.describe())
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)


class Shape:
    count = 0

    def __init__(self):
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


shapes = [Rect(2, 3), Square(1.5)]
print(shapes, Shape.count, isinstance(shapes[1], Rect), Square.__mro__[1].__name__)
try:
    Shape().area()
except NotImplementedError:
    print("NotImplementedError", Shape.count)
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x + p.y, p._replace(x=5), p._asdict(), Point._fields)
x, y = p
print(x, y)
graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "c")]:
    graph[a].append(b)
print(dict(graph), graph["z"], sorted(graph))
c = Counter("mississippi")
print(c.most_common(2), c["s"], c["z"], sum(c.values()))
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
dq.appendleft(0)
print(dq, list(dq))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od))


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __contains__(self, x):
        return x in self._items


s = Stack().push(1).push(2)
print(len(s), bool(s), 2 in s, s.pop(), s.pop(), bool(s))
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
print(getattr(s, "missing", "default"), hasattr(s, "push"), type(s).__name__, vars(Temperature(1)))
