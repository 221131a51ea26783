# str.format field syntax: indices, attributes, items, nested specs, conversions, and format() with objects.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
d = {"lr": 0.001, "name": "adam", "layers": [64, 32]}
print("{0.x} {0.y} {0!r} {0!s}".format(p), "{p.x}/{p.y}".format(p=p))
print("{0[lr]} {0[name]} {0[layers][1]}".format(d), "{d[layers]}".format(d=d), "{[0]}{[1]}".format("ab", "cd"))
print("{:{w}.{p}f}|".format(3.14159, w=10, p=3), "{:>{}}|".format("x", 5), "{0:{1}}|".format(42, "^9"))
print("{!r:>10}|{!s:<6}|{!a}".format("hi", 1.5, "é"), "{{}} {{{}}}".format(7))
print("{0}{1}{0}".format("ab", "-"), "{}{}{}".format(*"xyz"), "{a}{b}".format(**{"a": 1, "b": 2}))
print(format(1234.5678, ",.2f"), format(0.5, "%"), format(255, "#b"), format(-1, "03"), format("txt", "^9"))
print("%(name)s uses lr=%(lr).0e" % d, "%s %r %a" % ("s", "r", "ä"), "%c%c" % (72, "i"), "%%")
print("%5s|%-5s|%.2s|%05.1f|%+.3e|%x|%X|%o|%#x" % ("ab", "cd", "xyz", 3.14159, 12345.678, 255, 255, 8, 255))
rows = [("adam", 0.001, 0.912), ("sgd", 0.1, 0.874)]
for name, lr, acc in rows:
    print("{:<6}{:>8.0e}{:>8.1%}".format(name, lr, acc))
try:
    "{0} {1}".format("only")
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
