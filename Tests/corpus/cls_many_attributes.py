# Instances with few and many attributes: set in __init__ and later, deleted, re-added, read through sites that
# see instances of different shapes, copied, listed through __dict__ and vars().
import copy


class Wide:
    def __init__(self, n):
        for k in range(n):
            setattr(self, "a%d" % k, k * k)

    def total(self):
        return sum(getattr(self, "a%d" % k) for k in range(len(vars(self))))


for n in [0, 1, 5, 6, 7, 12]:
    w = Wide(n)
    print(n, w.total(), sorted(vars(w).items())[:3], len(w.__dict__))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p.norm2(), p.__dict__)
p.z = 5
p.w = 6
p.v = 7
p.u = 8
p.t = 9
print(p.__dict__, p.t + p.u)
del p.y
print(p.__dict__)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError", e)
p.y = 10
print(p.__dict__, p.norm2())
del p.x
del p.t
p.x = 1
print(p.__dict__, p.norm2())
for name in ["z", "w", "v", "u"]:
    delattr(p, name)
print(p.__dict__, hasattr(p, "z"))

points = [Point(i, i + 1) for i in range(8)]
for i, q in enumerate(points):
    for k in range(i):
        setattr(q, "extra%d" % k, k)
print([q.norm2() for q in points], [len(vars(q)) for q in points])
print([getattr(q, "extra%d" % (i - 1), None) for i, q in enumerate(points)])

c = copy.copy(points[7])
d = copy.deepcopy(points[7])
c.x = 100
print(points[7].x, c.x, d.extra6, vars(c) == vars(points[7]), vars(d) == vars(points[7]))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by):
        self.n += by
        return self


acc = Counter()
for i in range(10):
    acc.bump(i).bump(1)
print(acc.n)


class Slots7:
    def __init__(self):
        self.a, self.b, self.c, self.d, self.e, self.f, self.g = range(7)

    def rotate(self):
        self.a, self.b, self.c, self.d, self.e, self.f, self.g = self.g, self.a, self.b, self.c, self.d, self.e, self.f


s = Slots7()
for _ in range(3):
    s.rotate()
print(vars(s))
s.g += 100
s.a -= 100
print(s.g, s.a)
