# Walks over items follow Python's iterators: appends made by the user's code during the walk are walked, and a
# name rebound meanwhile does not change the list being walked (before and after a tier hand-back).
class Acc:
    def __init__(self, xs):
        self.xs = xs
        self.t = 0
    def __iadd__(self, v):
        if len(self.xs) < 6:
            self.xs.append(v * 10)
        self.t += v
        return self
xs = [1, 2, 3]
a = Acc(xs)
for x in xs:
    a += x
print(a.t, xs)
class Grow:
    def __init__(self, target):
        self.target = target
    def __radd__(self, other):
        if len(self.target) < 8:
            self.target.append(len(self.target))
        return other + 100
ys = [1, 2, 3]
ys.append(Grow(ys))
t = 0
for y in ys:
    t += y
print(t, len(ys), ys[:3], ys[4:])
class Rebind:
    def __radd__(self, other):
        global zs
        zs = [100, 200]
        return other + 1
zs = [1, 2, Rebind(), 4, 5]
t = 0
for z in zs:
    t = t + z
print(t, z, zs)
ws = [1.0, 2.0, Rebind(), 4.0]
s = 0.0
for i, w in enumerate(ws):
    s = s + w
print(s, i, w)
