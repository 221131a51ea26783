# Class patterns: class attributes as registries, __init_subclass__-free registration via decorators, __slots__, __call__.
registry = {}

def register(name):
    def deco(cls):
        registry[name] = cls
        cls.kind = name
        return cls
    return deco

@register("relu")
class ReLU:
    def __call__(self, x):
        return max(0.0, x)

@register("leaky")
class LeakyReLU:
    def __init__(self, slope=0.01):
        self.slope = slope

    def __call__(self, x):
        return x if x > 0 else self.slope * x

print(sorted(registry), [registry[k]()(-2.0) for k in sorted(registry)], ReLU.kind, callable(ReLU()))
act = registry["leaky"](0.1)
print([act(v) for v in [-1.0, 0.0, 2.5]], list(map(ReLU(), [-3, 4])))

class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b

s = Slotted(1, 2)
s.a += 10
print(s.a, s.b)

class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = True
        return cls._instance

print(Singleton() is Singleton(), Singleton().created)

class Polynomial:
    def __init__(self, *coefs):
        self.coefs = coefs

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coefs))

    def derivative(self):
        return Polynomial(*(i * c for i, c in enumerate(self.coefs) if i > 0))

    def __repr__(self):
        terms = [f"{c}x^{i}" if i else str(c) for i, c in enumerate(self.coefs) if c]
        return " + ".join(reversed(terms)) or "0"

p = Polynomial(1, -3, 2)
print(p, p(0), p(2), p.derivative(), p.derivative()(5), Polynomial(), Polynomial(0, 0, 1).derivative().derivative())

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

    def __repr__(self):
        return f"Stack({self._items})"

st = Stack().push(1).push(2).push(3)
print(st, st.pop(), len(st), st)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
class Meters:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return format(self.v, spec) + " m"
print(f"{Meters(3.14159):.2f}", format(Meters(2), "05d"), "{:.1f}".format(Meters(1.25)))
