# The numeric tier's enumerate(xs, start) with a constant start, positive or negative, nested, after a hand-back,
# with break; start= as a keyword stays generic.
import numpy as np
xs = np.array([0.5, 1.5, 2.5, 3.5])
L = [3, 1, 4, 1, 5]
s = 0.0
for i, x in enumerate(xs, 1):
    s += i * x
print(s, i, x)
t = 0
for k, v in enumerate(L, -2):
    t += k * v
print(t, k, v)
for r in range(2):
    for i, v in enumerate(L, 10):
        t += i - v
print(t, i, v)
M = [1, 2, 3.5, 4]
acc = 0
for i, m in enumerate(M, 1):
    acc += i * m
print(acc, i, m)
for i, m in enumerate(M, start=5):
    acc += i
print(acc, i)
for i, m in enumerate(L, 1):
    if m == 4:
        break
print(i, m)
E = []
for i, e in enumerate(E, 7):
    pass
print("i" in dir())
