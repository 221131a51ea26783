# Updates of list items through lists a walk binds per item (`v[0] -= dx * m`): every operator, negative and
# out-of-range positions, items that are not floats, NumPy scalars, and errors raised where Python raises them.
import numpy as np

rows = [([1.0, 2.0, 3.0], 0.5), ([4.0, 5.0, 6.0], 2.0), ([7.0, 8.0, 9.0], -1.5)]
for step in range(3):
    for v, w in rows:
        v[0] -= w * 0.5
        v[1] += w
        v[2] *= w
        v[-1] /= 2.0
        v[-2] **= 1.0
        v[0] %= 5.0
        v[1] //= 1.5
print(rows)
# a leaf on the right, and a float in one place and an int in another
mixed = [([1, 2.0], 3.0), ([0.5, 2], 1.0)]
for v, d in mixed:
    v[0] += d
    v[1] -= d * 2
print(mixed)
# NumPy float64 items stay float64
npitems = [([np.float64(1.5), 2.0], 2.0), ([np.float64(-1.0), 0.25], 4.0)]
for v, k in npitems:
    v[0] *= k
    v[1] += k * np.float64(0.5)
print([[repr(t) for t in v] for v, _ in npitems])
# division by zero raises where Python raises it, after the updates before it
ratios = [([1.0, 1.0], 2.0), ([3.0, 3.0], 0.0), ([5.0, 5.0], 4.0)]
try:
    for v, d in ratios:
        v[0] -= 1.0
        v[1] /= d
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, ratios)
# a position past the end raises IndexError
try:
    for v, d in [([1.0], 1.0), ([2.0], 2.0)]:
        v[1] += d
except IndexError as e:
    print("IndexError:", e, v)
# the same list bound in two items, updated through each
shared = [0.0, 0.0]
for v, d in [(shared, 1.0), (shared, 2.0), ([9.0, 9.0], 3.0)]:
    v[0] += d * d
    v[1] -= d
print(shared, v)
# an item that is a str: Python's TypeError, with the loop's earlier work kept
acc = [0.0]
try:
    for v, d in [(acc, 1.0), (acc, 2.0), (["x"], 1.0)]:
        v[0] += d * 3.0
except TypeError as e:
    print("TypeError:", e, acc)
