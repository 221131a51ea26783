# Arithmetic and comparisons on locals and constants where the fast rules apply, overflow to big ints, mixed
# kinds, NumPy scalars, objects with dunder methods, and unbound locals.
import numpy as np


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __radd__(self, other):
        return Money(other + self.cents)

    def __lt__(self, other):
        return self.cents < (other.cents if isinstance(other, Money) else other)

    def __repr__(self):
        return "Money(%d)" % self.cents


def ops(a, b):
    out = [a + b, a - b, a * b, a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a < b, a > 1, a <= b, a == b, a != 2]
    return out


for a, b in [(1, 2), (2**62, 2**62), (-(2**63), -1), (1.5, 2), (2, 0.25), (np.float64(1.5), 2), (np.int64(7), 3),
             (True, 2), ("ab", "cd"), ([1], [2])]:
    try:
        print(repr(a), repr(b), ops(a, b))
    except TypeError as e:
        print(repr(a), repr(b), "TypeError", e)
m = Money(5)
print(m + 1, 1 + m, m + m, m < 10, m < Money(3))


def unbound(flag):
    if flag:
        x = 1
    return x + 1


try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def unbound_compare(flag):
    if flag:
        y = 1
    return y < 3


try:
    unbound_compare(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(unbound(True), unbound_compare(True))


def loop(n):
    total = 0
    i = 0
    while i < n:
        total = total + i * i
        i = i + 1
    return total


print(loop(10), loop(100000), loop(0))
