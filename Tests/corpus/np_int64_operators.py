import numpy as np
a = np.array([7, -7, 2**62, -(2**63), 5, 0])
b = np.array([2, 2, 4, -1, 0, 3])
for name, f in [("add", lambda x, y: x + y), ("sub", lambda x, y: x - y), ("mul", lambda x, y: x * y), ("floordiv", lambda x, y: x // y), ("mod", lambda x, y: x % y), ("pow", lambda x, y: x ** np.abs(y)), ("and", lambda x, y: x & y), ("or", lambda x, y: x | y), ("xor", lambda x, y: x ^ y), ("lshift", lambda x, y: x << np.abs(y)), ("rshift", lambda x, y: x >> np.abs(y)), ("truediv", lambda x, y: x / np.where(y == 0, 1, y))]:
    with np.errstate(all="ignore"):
        arr = f(a, b)
        sc = [f(np.int64(p), np.int64(q)) for p, q in zip(a, b)]
    print(name, arr, [int(v) if name != "truediv" else float(v) for v in sc])
try:
    a ** np.array([1, -1, 1, 1, 1, 1])
except ValueError as e:
    print("ValueError:", e)
try:
    np.int64(2) ** np.int64(-1)
except ValueError as e:
    print("ValueError:", e)
