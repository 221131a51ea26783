class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __matmul__(self, other):
        n, m, p = len(self.rows), len(other.rows), len(other.rows[0])
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __bool__(self):
        return bool(self.rows)
    def __call__(self, scale):
        return Matrix([[x * scale for x in r] for r in self.rows])
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m, m[1, 0], len(m), list(m), m @ m, 5 in m, 9 in m, bool(m), bool(Matrix([])), m(2))
print(m == Matrix([[1, 5], [3, 4]]), m != m(1), m == "x")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __mul__(self, k):
        return Money(self.cents * k)
    __rmul__ = __mul__
    def __iadd__(self, other):
        self.cents += other.cents if isinstance(other, Money) else other
        return self
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        return format(self.cents / 100, spec) if spec else str(self)
    def __int__(self):
        return self.cents
    def __float__(self):
        return self.cents / 100
a, b = Money(150), Money(275)
c = a
c += b
print(a + b, a + 5, 5 + a, sum([a, b, Money(1)]), a * 3, 2 * a, -a, abs(-a), a, c, a is c)
print(sorted([b, a, Money(1)]), a < b, a >= b, max(a, b), {a: 1}[Money(425)], str(a), repr(a))
print(f"{a}", f"{a:.1f}", f"{a!r}", int(a), float(a), a == 425)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(10)), [x for x in Countdown(3)])
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is ValueError
with Ctx("a") as c1, Ctx("b"):
    print("inside", c1.name)
with Ctx("suppress"):
    raise ValueError("ignored")
print("after")
try:
    with Ctx("propagate"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)
