class Counter:
    """Counts things."""
    total = 0

    def __init__(self, start=0):
        self.value = start
        Counter.total += 1

    def increment(self, by=1):
        self.value += by
        return self

    def __repr__(self):
        return f"Counter({self.value})"

    def __eq__(self, other):
        return isinstance(other, Counter) and self.value == other.value

    def __lt__(self, other):
        return self.value < other.value

    def __len__(self):
        return self.value

    def __bool__(self):
        return self.value != 0

c = Counter(5)
c.increment().increment(3)
print(c, Counter.total, c.value, len(c), bool(Counter()), Counter.__doc__)
d = Counter(9)
print(c == d, c == Counter(9), c != d, c < Counter(10), sorted([Counter(3), Counter(1), Counter(2)]))
print(max([Counter(3), Counter(7)]), Counter.total, type(c).__name__, isinstance(c, Counter))
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __repr__(self):
        return "Vector(%r, %r)" % (self.x, self.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
v = Vector(3, 4)
w = Vector(1, 1)
print(v + w, v - w, v * 2, 3 * v, -v, abs(v), v[0], list(v), tuple(w))
print({v: "v"}[Vector(3, 4)], v == Vector(3, 4), v in [Vector(3, 4)], sum([v, w], Vector(0, 0)))
x, y = v
print(x, y)
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
for a in [Animal("a"), Dog("d"), Puppy("p")]:
    print(a.speak(), isinstance(a, Dog), type(a).__mro__[0].__name__)
print(Puppy.__mro__, Puppy.__bases__, Dog.__name__, issubclass(Puppy, Animal))
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def freezing(cls):
        return cls(0)
t = Temperature(100)
print(t.fahrenheit, Temperature.unit(), t.unit(), Temperature.freezing().fahrenheit)
t.fahrenheit = 32
print(t._c, hasattr(t, "_c"), hasattr(t, "nope"), getattr(t, "nope", "default"))
setattr(t, "extra", 5)
print(t.extra, vars(Counter(2)), sorted(vars(t)))
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
s = Stack()
for i in range(5):
    s.push(i * i)
print(len(s), s.pop(), 4 in s, 16 in s, s.items)
