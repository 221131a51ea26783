# Attributes and small names learners reach for: deque.maxlen, defaultdict.default_factory, partial's parts,
# functools.cached_property, math.remainder, sys.float_info, time.time_ns, bytes.hex, a closure cell's contents.
import functools
import math
import sys
import time
from collections import defaultdict, deque

d = deque([1, 2, 3], maxlen=3)
d.append(4)
print(d, d.maxlen, deque([1]).maxlen)
dd = defaultdict(list)
dd["a"].append(1)
print(dd.default_factory, defaultdict().default_factory, dict(dd))
p = functools.partial(pow, 2, mod=5)
print(p.func, p.args, p.keywords, p(3))


class Dataset:
    def __init__(self, xs):
        self.xs = xs
        self.calls = 0

    @functools.cached_property
    def mean(self):
        "The mean, computed once."
        self.calls += 1
        return sum(self.xs) / len(self.xs)


ds = Dataset([1.0, 2.0, 4.5])
print(ds.mean, ds.mean, ds.calls, Dataset.mean.__doc__, type(Dataset.mean).__name__, sorted(vars(ds)))
del ds.mean
print(ds.mean, ds.calls)
for a, b in [(7, 3), (-7, 3), (5, 2), (7.5, float("inf"))]:
    print(math.remainder(a, b))
for a, b in [(1, 0), (float("inf"), 1)]:
    try:
        math.remainder(a, b)
    except ValueError as e:
        print("ValueError:", e)
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.float_info[0] == sys.float_info.max)
print(type(time.time_ns()).__name__, time.time_ns() > 1_600_000_000 * 10**9)
print(bytes([1, 255]).hex(), b"".hex(), bytes([1, 2]).hex("-"))


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


c = counter()
c()
print(c(), c.__closure__[0].cell_contents)
