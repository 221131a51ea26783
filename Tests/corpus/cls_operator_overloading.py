# Operator overloading on a small Vector and Fraction-like class: arithmetic, reflected ops, comparisons, in-place.
import math

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vec({', '.join(map(str, self.xs))})"

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.xs, other.xs)))
        return Vec(*(a + other for a in self.xs))

    __radd__ = __add__

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vec(*(-a for a in self.xs))

    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.xs, k.xs))
        return Vec(*(a * k for a in self.xs))

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(*(a / k for a in self.xs))

    def __matmul__(self, other):
        return self * other

    def __abs__(self):
        return math.sqrt(self * self)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __iadd__(self, other):
        self.xs = (self + other).xs
        return self

    def __bool__(self):
        return any(self.xs)

v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v - w, -v, v * 3, 3 * v, v * w, v @ w, abs(w), w / 2, v + 1, 1 + v)
print(v == Vec(1, 2), v != w, bool(Vec(0, 0)), len(v), v[1], list(v), sum([v, w], Vec(0, 0)))
u = v
u += w
print(u, v, u is v)

class Frac:
    def __init__(self, n, d=1):
        g = math.gcd(n, d)
        sign = -1 if d < 0 else 1
        self.n, self.d = sign * n // g, sign * d // g

    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)

    def __lt__(self, o):
        return self.n * o.d < o.n * self.d

    def __eq__(self, o):
        return (self.n, self.d) == (o.n, o.d)

    def __hash__(self):
        return hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __repr__(self):
        return f"{self.n}/{self.d}"

h = sum(Frac(1, k) for k in range(1, 7))
print(h, float(h), Frac(2, -4), Frac(1, 3) * 3, sorted([Frac(1, 2), Frac(1, 3), Frac(3, 4)]), Frac(2, 4) == Frac(1, 2))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), max(Frac(5, 7), Frac(2, 3)), round(float(Frac(22, 7)), 4))
try:
    Vec(1) < Vec(2)
except TypeError as e:
    print("TypeError:", e)
