# Where a numeric loop leaves what the fast path does itself: big integers, division by zero, bad indices and
# values of other types give Python's and NumPy's results and errors, in the same place, with earlier effects kept.
import numpy as np

p = 1
for i in range(1, 30):
    p = p * i
print(p, type(p).__name__)

acc = 0
for i in range(100):
    acc += 2 ** 62 // 7 * (i % 3)
print(acc)

x = np.arange(6) * 1.0
out = np.zeros(6)
try:
    for i in range(8):
        out[i] = x[i] * 2
except IndexError as e:
    print("IndexError:", e)
print(out, i)

try:
    for i in range(5):
        out[i] = 1.0 / (3 - i)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(out, i)

a = np.array([1.0, 2.0, 0.0, 4.0])
r = np.zeros(4)
with np.errstate(divide="ignore"):
    for i in range(4):
        r[i] = a[0] / a[i]
print(r)

vals = np.array([3, -3, 7, 0])
q = np.zeros(4)
try:
    for i in range(4):
        q[i] = 10 // vals[i] + 10 % vals[i]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(q)

big = 2 ** 60
hits = 0
for i in range(5):
    if big * 4 > 0.5:
        hits += 1
print(hits)

limit = 2 ** 53 + 1
above = 0
for i in range(3):
    if limit > 9007199254740992.0:
        above += 1
print(above)

s = 0
for i in range(4):
    s += x[i]
print(repr(s))

t = 0
for i in range(3):
    t = t + 0.5
print(repr(t))

names = ["a", "b", "c"]
k = 0
for i in range(len(names)):
    k += i
print(k)

lst = [1.0, 2.0, 3.0]
tot = 0.0
for i in range(len(lst)):
    tot += lst[i]
print(tot)

flag = True
c = 0
for i in range(3):
    if i > 0:
        c += flag
print(c)

try:
    for i in range(3):
        x[i] = undefined_name + 1
except NameError as e:
    print("NameError:", e)

m = np.arange(6).reshape(2, 3) * 1.0
try:
    for i in range(3):
        for j in range(3):
            m[i, j] += 1
except IndexError as e:
    print("IndexError:", e)
print(m)

try:
    for i in range(2):
        for j in range(4):
            m[i][j] = 0
except IndexError as e:
    print("IndexError:", e)
print(m)

def step_zero(n):
    s = 0
    for i in range(3):
        for j in range(0, n, i):
            s += j
    return s

try:
    step_zero(4)
except ValueError as e:
    print("ValueError:", e)

ii = np.arange(5)
try:
    for i in range(10):
        ii[i] = ii[i] * 2 ** 61
except IndexError as e:
    print("IndexError:", e)
print(ii)

u = 0
for i in range(3):
    u = u - 9223372036854775807
print(u)

e = 0
for i in range(3):
    e += -(-9223372036854775807 - 1)
print(e)

print("done")
