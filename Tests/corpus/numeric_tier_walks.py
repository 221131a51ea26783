# Loops that unpack each item of a list (`for x, y in points`), nested patterns, and lists bound per item whose
# elements the body updates (an n-body step written with lists of floats).
import numpy as np

points = [(1.0, 2.0), (3.0, 4.0), (5.0, 6.5)]
s = 0.0
for x, y in points:
    s += x * y
print(s, x, y)
total = 0
for a, b in [(1, 2), [3, 4], (5, 6)]:
    total += a * b - 1
print(total, a, b)
# ints and floats in the same place: the second item is a float, Python adds as it goes
acc = 0
for a, b in [(1, 2), (2.5, 1), (3, 3)]:
    acc += a * b
print(acc)
# NumPy scalars stay NumPy scalars
pts = [(np.float64(1.5), 2.0), (np.float64(2.0), 0.5)]
m = 0.0
for p, q in pts:
    m += p * q
print(repr(m), type(p).__name__)
# a bool in each item
flags = [(True, 1.5), (False, 2.0), (True, 4.0)]
kept = 0.0
for keep, v in flags:
    if keep:
        kept += v
print(kept, keep)
# nested patterns, and lists bound per item, updated in place
bodies = [[[0.0, 0.0], [1.0, 0.0], 2.0], [[1.0, 0.0], [0.0, 1.0], 1.0], [[0.0, 2.0], [-1.0, 0.0], 0.5]]
pairs = [(bodies[i], bodies[j]) for i in range(3) for j in range(i + 1, 3)]
for step in range(200):
    for ([x1, y1], v1, m1), ([x2, y2], v2, m2) in pairs:
        dx = x1 - x2
        dy = y1 - y2
        mag = 0.01 * ((dx * dx + dy * dy) ** (-1.5))
        v1[0] -= dx * m2 * mag
        v1[1] -= dy * m2 * mag
        v2[0] += dx * m1 * mag
        v2[1] += dy * m1 * mag
    for (r, [vx, vy], m) in bodies:
        r[0] += 0.01 * vx
        r[1] += 0.01 * vy
for b in bodies:
    print(["%.12f" % t for t in b[0]], ["%.12f" % t for t in b[1]])
print(v1 is bodies[1][1] or v1 is bodies[2][1], m, r is bodies[2][0])
# a name the body never reads may hold anything
names = [("a", 1.0), ("b", 2.5)]
t = 0.0
for label, w in names:
    t += w
print(t, label)
# an item of another length: Python's ValueError, where it happens
try:
    for x, y in [(1.0, 2.0), (3.0, 4.0, 5.0)]:
        s += x
except ValueError as e:
    print("ValueError:", e, x, y)
try:
    for x, y in [(1.0, 2.0), (3.0,)]:
        s += x
except ValueError as e:
    print("ValueError:", e, x)
# a str unpacks into its characters; a number does not unpack
for c1, c2 in [(1.0, 2.0), "ab"]:
    pass
print(c1, c2)
try:
    for u, w in [(1.0, 2.0), 3.0]:
        pass
except TypeError as e:
    print("TypeError:", e, u, w)
# a list bound twice in one item, and a list that holds itself
shared = [1.0, 2.0]
twice = [(shared, shared), (shared, shared)]
for p, q in twice:
    p[0] += 1.0
    q[1] += p[0]
print(shared)
loop = [0.5, 1.5]
loop.append(loop)
for k in range(3):
    for a, b, c in [loop[:2] + [loop]]:
        c[0] += a + b
print(loop[:2])
# a list the body writes through another name is also one an item is made of
rows = [[1.0, 2.0], [3.0, 4.0]]
first = rows[0]
for u, w in rows:
    first[0] += u * w
print(rows)
# break, continue, and the last values after the loop
found = -1.0
for x, y in [(1.0, 1.0), (2.0, 4.0), (3.0, 9.0), (4.0, 16.0)]:
    if y < 2.0:
        continue
    if x * x == y and x > 2.0:
        found = x
        break
print(found, x, y)
# inside a function, with the walk nested in a range loop; an empty list leaves the names alone
def energy(pairs, n):
    e = 0.0
    for _ in range(n):
        for (p1, m1), (p2, m2) in pairs:
            e -= m1 * m2 / abs(p1[0] - p2[0])
    return e
print(energy([(([0.0], 1.0), ([2.0], 3.0)), (([1.0], 0.5), ([4.0], 2.0))], 10))
def last(items):
    z = 7.5
    for z, w in items:
        pass
    return z
print(last([]), last([(1.0, 2.0)]))
