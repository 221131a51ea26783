# Unpacking an iterator takes only what the targets need, as CPython does: one value more than the targets at
# most (so a generator runs no further and an endless iterator raises), all of it with a starred name.
import itertools


def gen(n):
    for i in range(n):
        print("yield", i)
        yield i
    print("done", n)


try:
    a, b = gen(5)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = itertools.count()
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = iter([1, 2])
except ValueError as e:
    print("ValueError:", e)
a, b = gen(2)
print(a, b)
first, *middle, last = gen(4)
print(first, middle, last)
x, y = map(str, (1, 2))
print(x, y)
k, v = "ab"
print(k, v)
p, q = {"one": 1, "two": 2}
print(p, q)
(m, n), r = zip("xy", "zw")
print(m, n, r)
it = iter(range(10))
s, t = itertools.islice(it, 2)
print(s, t, next(it))
try:
    u, w = 5
except TypeError as e:
    print("TypeError:", e)
for key, (lo, hi) in {"a": (1, 2), "b": iter((3, 4))}.items():
    print(key, lo, hi)
pairs = [(1, 2), (3, 4)]
total = 0
for left, right in pairs:
    total += left * right
print(total)
