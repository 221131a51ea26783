# The same call and attribute sites meeting instances whose class, shape or methods change between visits.


class Counter:
    def __init__(self, start=0, step=1):
        self.n = start
        self.step = step

    def bump(self, by=None):
        self.n += self.step if by is None else by
        return self.n

    def value(self):
        return self.n


class Other:
    def __init__(self):
        self.n = 100

    def bump(self, by=5):
        self.n -= by
        return self.n

    def value(self):
        return -self.n


def drive(objs, rounds):
    out = []
    for _ in range(rounds):
        for o in objs:
            o.bump()
            o.n += 1
            out.append(o.value())
    return out


a, b, c = Counter(), Counter(10, 3), Other()
print(drive([a, b, c], 3))

# Deleting an attribute changes the shape; adding it back gives the instance the same slots again.
del a.step
a.extra = "x"
a.step = 7
print(sorted(vars(a).items()))
print(drive([a, a, b], 2))
d = Counter()
del d.step
d.extra = "y"
d.step = 2
print(drive([a, d], 2), sorted(vars(d).items()))

# Rebinding a method on the class, and an instance attribute shadowing a method.
def new_value(self):
    return ("new", self.n)


Counter.value = new_value
print(drive([a, b], 1))
b.value = lambda: "instance attribute"
print(drive([a, b], 1))
del b.value
print(drive([b], 1))

# A method called with too few arguments, then with defaults, through one site.
def call(o, *args):
    return o.bump(*args)


print(call(a), call(a, 10), call(c), call(c, 1))
try:
    Counter.bump(a, 1, 2)
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self):
        self.x = 1

    def get(self):
        return self.x


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.y = 2


def total(objs):
    s = 0
    for o in objs:
        s += o.get()
        o.x = o.x * 2
    return s


objs = [Base(), Derived(), Base(), Derived()]
print(total(objs), total(objs))
Derived.get = lambda self: self.x + self.y
print(total(objs), [o.x for o in objs])

# An argument whose evaluation redefines the method being called.
class Shifty:
    def go(self, v):
        return ("old", v)


def redefine():
    Shifty.go = lambda self, v: ("new", v)
    return 1


s = Shifty()
print(s.go(0), s.go(redefine()), s.go(2))
