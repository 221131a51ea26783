# sorted() and list.sort() on ints, floats, strs and with keys (stable, reverse keeping ties in order), and
# isinstance with its errors.
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted([]), sorted([5]))
print(sorted([0.0, -0.0, 1.5, -2.5]), sorted([0.0, -0.0], reverse=True), sorted([-0.0, 0.0]))
print(sorted(["b", "a", "B", "é", "e"]), sorted(["b", "a", "c"], reverse=True))
print(sorted([2, 1.5, True, 0]), sorted([10**30, 5, -10**30]), sorted([3, 2**70, -1]))
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs), sorted(pairs, reverse=True))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=str.upper))
scores = {"x": 0.5, "y": 0.25, "z": 0.5, "w": 1.0}
print(sorted(scores, key=scores.get), sorted(scores, key=scores.get, reverse=True))
xs = [5, 3, 5, 1]
xs.sort()
print(xs)
ys = [1.5, 0.5]
ys.sort(reverse=True)
print(ys)
a, b = "x", "".join(["x"])
zs = sorted([b, a])
print(zs[0] is b, zs[1] is a)
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:5], sorted(big, reverse=True)[:5], sorted(big) == sorted(big, key=lambda v: v))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)), isinstance("s", str))
print(isinstance(None, (list, tuple)), isinstance([], (list, tuple)), isinstance(int, type))
for bad in [lambda: isinstance(1, 5), lambda: isinstance(1), lambda: isinstance(1, int, 2),
            lambda: isinstance(obj=1, class_or_tuple=int), lambda: sorted([1, "a"]), lambda: sorted()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
import numpy as np
print(sorted([np.float64(2.0), 1.0]), sorted(np.array([3, 1, 2])))
