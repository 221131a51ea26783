# Every statement form once: assert, del, pass, global, nonlocal, with, try, raise, lambda, decorators, annotations.
counter: int = 0

def bump() -> int:
    global counter
    counter += 1
    return counter

def outer():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(4):
        add(i)
    return total

class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return kind is KeyError

def shout(fn):
    return lambda *a: fn(*a).upper()

@shout
def hello(name: str = "world") -> str:
    """Greets."""
    return f"hello {name}"

print(bump(), bump(), counter, outer(), hello(), hello("ana"))
x = [1, 2, 3, 4]
del x[0]
del x[-1:]
y = {"a": 1, "b": 2}
del y["a"]
z = 5
del z
print(x, y, "z" in dir())
with Managed("one") as m, Managed("two"):
    print("inside", m.name)
with Managed("swallow"):
    raise KeyError("ignored")
try:
    with Managed("propagate"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
class Empty:
    pass
if True:
    pass
for _ in ():
    pass
a = b = c = 7
a, b = b + 1, a - 1
(p, q), r = [1, 2], 3
first, *rest = "hello"
print(a, b, c, p, q, r, first, rest)
i = 10
i -= 3; i *= 2; i //= 3; i **= 2; i %= 7; i <<= 2; i |= 1; i ^= 3; i >>= 1; i &= 6
print(i)
obj = Empty()
obj.vals = [1, 2]
obj.vals[0] += 10
obj.count = 0
obj.count += 1
print(obj.vals, obj.count)
sq = lambda v: v * v
print(sq(4), (lambda *args, **kw: (args, kw))(1, k=2), ..., type(...).__name__)
def gen():
    x = yield 1
    yield x
g = gen()
print(next(g), g.send("sent"))
try:
    raise RuntimeError("outer") from ValueError("inner")
except RuntimeError as e:
    print(e, repr(e.__cause__))
if (n := len(x)) == 2:
    print("walrus", n)
print(hello.__name__ if hasattr(hello, "__name__") else "", Empty.__name__, Empty.__qualname__)
