# Generator expressions handed straight to sum/any/all/min/max/list/tuple/set/sorted: laziness, order, errors.
seen = []
def probe(x):
    seen.append(x)
    return x
print(any(probe(x) > 2 for x in range(10)), seen)
seen.clear()
print(all(probe(x) < 3 for x in range(10)), seen)
seen.clear()
print(sum(probe(x) for x in range(5) if x % 2), seen)
print(min(x * x - 4 * x for x in range(6)), max((x % 4, -x) for x in range(9)), sorted(x % 3 for x in range(7)))
print(list(c.upper() for c in "abc"), tuple(i for i in range(3)), sorted(set(w[0] for w in ["ab", "ac", "bd"])))
print(frozenset(x % 2 for x in range(5)) == {0, 1}, sum(x for x in []), any(x for x in []), all(x for x in []))
print(sum(x / 10 for x in range(1, 11)), sum((x for x in range(4)), 100), sum(i * j for i in range(4) for j in range(i)))
print(sum(0.1 for _ in range(10)), sum(x for x in [1, 2.5, 3]), sum(x for x in [2 ** 62, 2 ** 62]))
grid = [[1, 2], [3, 4], [5]]
print(sum(v for row in grid for v in row if v != 3), max(len(r) for r in grid), list(v * 10 for r in grid for v in r))
fs = list(lambda: i for i in range(3))
print([f() for f in fs])
k = 10
print(sum(x + k for x in range(3)), list((x, y) for x in "ab" for y in range(2) if y or x == "a"))
try:
    sum(x for x in 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(max(x for x in []))
except ValueError as e:
    print("ValueError:", e)
seen.clear()
try:
    sum(probe(1 / (3 - x)) for x in range(5))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, seen)
try:
    sum(probe(s) for s in ["a", "b"])
except TypeError as e:
    print("TypeError:", e, seen)
def sum(it, start=0):
    total = start
    for v in it:
        total = total + v * 1000
    return total
print(sum(x for x in range(3)))
del sum
print(sum(x for x in range(3)))
def uses_any(xs):
    return any(x < 0 for x in xs), all(x != 0 for x in xs)
print(uses_any([1, -2, 3]), uses_any([1, 2]))
class Stats:
    values = [3, 1, 2]
    total = sum(v for v in [3, 1, 2])
    biggest = max(v for v in [3, 1, 2])
print(Stats.total, Stats.biggest)
def gen_inside_gen():
    yield sum(x for x in range(4))
    yield list(y * 2 for y in range(3))
print(list(gen_inside_gen()))
import numpy as np
a = np.arange(5)
print(sum(v for v in a), max(v * 1.5 for v in a), type(sum(v for v in a)).__name__, list(int(v) for v in a[::2]))
g = (x for x in range(3))
print(sum(g), sum(g), list(x for x in g))
