# dir() of instances, classes and built-in values as CPython lists it (the names from object included),
# globals() and `if __name__ == "__main__":`.


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Slotted:
    __slots__ = ("a",)


p = Point(3, 4)
print(dir(p))
print([n for n in dir(Point) if not n.startswith("_")])
print("__dict__" in dir(Slotted), "__weakref__" in dir(Slotted), "__slots__" in dir(Slotted))
print(dir(object))
for value in (1, 2.5, True, 3j, range(3), slice(1, 2), [], (), {}, set(), "s"):
    public = [n for n in dir(value) if not n.startswith("_")]
    print(type(value).__name__, [n for n in public if n not in ("format_map", "from_bytes", "to_bytes")])
print(hasattr(1, "is_integer"), hasattr(1.0, "is_integer"))
print(globals()["__name__"], __name__)


def main():
    print("main ran", p.norm())


if __name__ == "__main__":
    main()
