# np.put: flat indices into any array (views, 2-d, bool), values cycled and cast, the raise/wrap/clip modes,
# NumPy's errors and its partial write before a bad index.
import numpy as np
a = np.arange(6)
np.put(a, [0, 2], [-44, -55])
print(a)
b = np.arange(5.0)
np.put(b, 22, -5, mode="clip")
print(b)
np.put(b, [-1, 7], [9.5, 8.5], mode="wrap")
print(b)
c = np.zeros((3, 4), dtype=int)
np.put(c, [1, 5, 11], [7])
print(c)
d = np.arange(10.0)[::2]
np.put(d, [0, 4], [100, 200])
print(d)
e = np.zeros(3, dtype=bool)
np.put(e, [1], 1)
print(e)
m = np.arange(12).reshape(3, 4)
np.put(m[:, 1:3], [0, 5], [-1, -2])
print(m)
f = np.arange(4)
np.put(f, [1, 2], 2.7)
print(f)
for bad in [lambda: np.put(np.arange(3), [5], 1), lambda: np.put([1, 2], 0, 1), lambda: np.put(np.arange(3), [0.5], 1),
            lambda: np.put(np.arange(3), 0, 1, mode="nope"), lambda: np.put(np.zeros(0), [0], 1)]:
    try:
        bad()
    except (IndexError, TypeError, ValueError) as err:
        print(type(err).__name__, err)
g = np.arange(5)
try:
    np.put(g, [0, 9, 1], [7, 8, 9])
except IndexError as err:
    print(err, g)
print(np.put(np.arange(3), [], [1]), np.put(np.arange(3), [0], []))
