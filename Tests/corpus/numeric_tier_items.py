# The numeric tier's loops over items: for x in xs, enumerate and zip over lists and 1-d arrays, nested, with
# hand-backs, live stores, else clauses, shadowed builtins; and .shape on a list is an AttributeError.
import numpy as np
np.random.seed(3)
xs = np.random.rand(1000)
ys = np.random.rand(1000)
s = 0
for x in xs:
    s += x
print(s, type(s))
t = 0.0
for i, x in enumerate(xs):
    t += i * x
print(t, i, x)
d = 0.0
for a, b in zip(xs, ys):
    d += (a - b) ** 2
print(d, a, b)
# lists of ints and floats
L = [3, 1, 4, 1, 5, 9, 2, 6]
m = 0
for v in L:
    if v > m:
        m = v
print(m, v)
best = -1
for i, v in enumerate(L):
    if v == 9:
        best = i
        break
print(best, i, v)
# zip with lists of different lengths stops at the shortest
P = [1.0, 2.0, 3.0]
Q = [10, 20, 30, 40]
acc = 0.0
for p, q in zip(P, Q):
    acc += p * q
print(acc, p, q)
for p, q, r in zip(P, Q, L):
    acc += p * q - r
print(acc, p, q, r)
# a mixed list hands back and the generic engine carries on from that item
M = [1, 2, 3.5, 4, "x"]
tot = 0
try:
    for v in M:
        tot += v
except TypeError as e:
    print("TypeError", e, tot)
# stores into the list being walked are seen by later items
W = [1, 2, 3, 4, 5]
for i, v in enumerate(W):
    if i + 1 < len(W):
        W[i + 1] += v
print(W)
# arrays: the walk reads live elements too
A = np.arange(6.0)
for i, v in enumerate(A):
    if i + 1 < len(A):
        A[i + 1] = A[i + 1] + v
print(A)
# nested item loops
grid = 0.0
for x in P:
    for q in Q:
        grid += x * q
print(grid)
# int arrays
I = np.array([5, -3, 7, 0])
neg = 0
for v in I:
    if v < 0:
        neg += 1
    else:
        neg -= v
print(neg, type(neg), v, type(v))
# empty walks leave the target unbound
E = []
for e in E:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)
# 2-d arrays walk rows: left to the generic engine
B = np.ones((2, 3))
rows = 0
for row in B:
    rows += 1
print(rows, row)
# else clauses and break
for v in L:
    if v > 100:
        break
else:
    print("no big value")
for v in L:
    if v > 5:
        break
else:
    print("never")
print(v)
# rebinding the walked name inside the loop is the generic engine's
R = [1, 2, 3]
for v in R:
    R = [7, 8, 9]
print(v, R)
# a user's enumerate is theirs
def enumerate(x):
    return [(0, 42)]
for i, v in enumerate(L):
    pass
print(i, v)
del enumerate
# bool arrays are walked by the generic engine
F = np.array([True, False, True])
c = 0
for f in F:
    if f:
        c += 1
print(c)
xs = [1, 2, 3]
t = 0
try:
    for i in range(3):
        t += xs.shape[0]
except AttributeError as e:
    print("AttributeError", e)
print(t)
