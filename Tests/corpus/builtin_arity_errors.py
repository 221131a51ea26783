# Builtins and constructors called with too many arguments, or keywords they do not take: CPython's messages.
calls = [
    ("list", list), ("tuple", tuple), ("set", set), ("frozenset", frozenset), ("dict", dict), ("float", float),
    ("bool", bool), ("round", round), ("pow", pow), ("enumerate", enumerate), ("issubclass", issubclass),
    ("format", format), ("sum", sum), ("int", int), ("complex", complex), ("property", property),
    ("iter", iter), ("next", next), ("reversed", reversed),
]
for name, f in calls:
    for args in ((1, 2, 3, 4, 5), ([1], [2])):
        try:
            f(*args)
            print(name, "accepted", len(args))
        except TypeError as e:
            print(name, e)
for name, f in [("list", list), ("set", set), ("tuple", tuple), ("float", float), ("bool", bool), ("iter", iter),
                ("map", map), ("filter", filter), ("range", range), ("reversed", reversed), ("next", next)]:
    try:
        f(x=1)
    except TypeError as e:
        print(name, e)
for f in (iter, next):
    try:
        f()
    except TypeError as e:
        print(e)
print(list(), tuple(), set(), frozenset(), dict(), list("ab"), tuple([1, 2]), set("aa"), frozenset([3]))
print(dict([(1, 2)]), dict(a=1), dict({2: 3}, b=4), bool(), bool(0.0), float(), float("2.5"))
t = (1, 2)
print(tuple(t) is t, list(t), set(range(3)), sorted(frozenset({1, 2})))
import numpy as np
print(round(2.675, 2), round(5), round(2**70, -3), round(np.float64(2.5)), round(3.14159, np.int64(2)))
for a in [(None,), ("x",), (1.5, "a"), (1.5, None)]:
    try:
        print(round(*a))
    except TypeError as e:
        print(e)
print(int("ff", 16), int("0x1f", 0))
for a in [("10", 2.5), (10, 2)]:
    try:
        print(int(*a))
    except TypeError as e:
        print(e)
