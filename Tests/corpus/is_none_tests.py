# `is` and `is not` against None and between values of every kind, in conditions and as values.
def f(x, y=None):
    out = []
    if x is None:
        out.append("x None")
    if x is not None:
        out.append("x not None")
    if None is x:
        out.append("None is x")
    if None is not y:
        out.append("y not None")
    out.append(x is None)
    out.append(y is not None)
    return out
for v in [None, 0, False, "", [], 1.5, (), f]:
    print(repr(v) if not callable(v) else "fn", f(v), f(v, v))
def unbound_check(flag):
    if flag:
        z = 1
    if z is None:
        return "none"
    return "set"
print(unbound_check(True))
try:
    unbound_check(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, True is True, None is None)
import numpy as np
x = np.float64(1.0)
print(x is x, np.int64(3) is not None, (x is None) is False)
g = None
def glob():
    return g is None, g is not None
print(glob())
class C:
    attr = None
print(C.attr is None, C() is None, [None][0] is None, {}.get("k") is None)
def lazy(seq):
    return [s for s in seq if s is not None]
print(lazy([1, None, 2, None]))
