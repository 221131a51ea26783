class Temperature:
    def __init__(self, c):
        self.c = c
    def __eq__(self, other):
        return isinstance(other, Temperature) and self.c == other.c
    def __lt__(self, other):
        return self.c < other.c
    def __le__(self, other):
        return self.c <= other.c
    def __hash__(self):
        return hash(self.c)
    def __repr__(self):
        return f"T({self.c})"
temps = [Temperature(30), Temperature(10), Temperature(20), Temperature(10)]
print(sorted(temps), min(temps), max(temps), len(set(temps)), Temperature(10) in temps, temps.index(Temperature(20)))
print(Temperature(5) > Temperature(3), Temperature(5) >= Temperature(5), Temperature(1) != Temperature(2))
class Registry:
    def __init__(self):
        self._items = {}
    def __setitem__(self, key, value):
        self._items[key] = value
    def __getitem__(self, key):
        return self._items[key]
    def __delitem__(self, key):
        del self._items[key]
    def __contains__(self, key):
        return key in self._items
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(sorted(self._items))
r = Registry()
r["b"] = 2
r["a"] = 1
r["c"] = 3
del r["c"]
print(len(r), list(r), "a" in r, "z" in r, r["b"], [k for k in r])
try:
    r["zz"]
except KeyError as e:
    print("KeyError", e)
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = list(coeffs)
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
    def __add__(self, other):
        n = max(len(self.coeffs), len(other.coeffs))
        a = self.coeffs + [0] * (n - len(self.coeffs))
        b = other.coeffs + [0] * (n - len(other.coeffs))
        return Polynomial(*[x + y for x, y in zip(a, b)])
    def __repr__(self):
        return " + ".join(f"{c}x^{i}" for i, c in enumerate(self.coeffs) if c)
    def derivative(self):
        return Polynomial(*[i * c for i, c in enumerate(self.coeffs)][1:])
p = Polynomial(1, 2, 3)
q = Polynomial(0, 1)
print(p, p(2), (p + q)(1), p.derivative(), p.derivative()(5), [p(x) for x in range(4)])
class Lazy:
    def __init__(self):
        self.computed = 0
    def __getattr__(self, name):
        self.computed += 1
        return name.upper()
lz = Lazy()
print(lz.hello, lz.world, lz.computed)
class Slots:
    def __init__(self):
        object.__setattr__(self, "x", 1) if False else setattr(self, "x", 1)
print(Slots().x, getattr(Slots(), "y", "none"))
