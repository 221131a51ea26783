a = [1, 2.5, 3]
def grow():
    a.append(9)
    return 1
def shrink():
    a.clear()
    return 1
a[0] += grow()
print(a)
try:
    a[2] += shrink()
except IndexError as e:
    print("IndexError", e)
print(a)
import numpy as np
x = np.array([1.0, 2.0, 3.0])
def w():
    x[1] = 100.0
    return 1.0
x[1] += w()
print(x)
M = np.zeros((2, 2))
def w2():
    M[0, 1] = 50.0
    return 1.0
M[0, 1] += w2()
print(M)
class C:
    def __init__(self): self.n = 1
c = C()
def addattr():
    c.extra = 5
    return 2
for _ in range(3):
    c.n += addattr()
print(c.n, c.extra)
print(2 ** 10, 2 ** 70, (-2.0) ** 3, (-8.0) ** (1/3), 2.0 ** -1, 0.0 ** 2, 10.0 ** 400 if False else 1, 3 ** -1, (-1.5) ** 2, 2 ** 0.5, (-2) ** 3)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(np.float64(2.0) ** 3, 1e-200 ** 2, (-0.5) ** 1e20, (-0.5) ** 3.0)
# Augmented assignment evaluates its target's parts once.
calls = []
def idx(k):
    calls.append(k)
    return k
data = [10, 20, 30]
data[idx(1)] += 5
data[idx(-1)] *= 2
print(data, calls)
grid = [[0] * 3 for _ in range(2)]
grid[1][idx(2)] += 7
print(grid, calls)
d = {"a": 1}
d["a"] += 1
d.setdefault("b", 0)
d["b"] -= 3
print(d)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
lst = [1]
lst2 = lst
lst += [2]
print(lst, lst2, lst is lst2)
n = 7
n //= 2; print(n)
n **= 10; print(n)
n %= 1000; print(n)
n <<= 3; print(n)
n >>= 1; print(n)
n |= 1; n &= 0xFF; n ^= 0b1010; print(n)
f = 1.5
f /= 4; print(f)
f //= 0.1; print(f)
big = 2 ** 62
big += 2 ** 62
print(big, type(big).__name__)
big -= 1
print(big)
m = -(2 ** 63)
m -= 1
print(m)
