# The numeric tier's calls of number functions (math, NumPy, float, int, floor, ceil, trunc) and powers:
# results keep Python's and NumPy's types; domain errors, overflows and shadowed names are the functions' own.
import math
import numpy as np
from math import sqrt, exp
np.random.seed(1)
x = np.random.rand(1000)
s = 0.0
for i in range(len(x)):
    s += math.sqrt(x[i]) + math.exp(-x[i]) + math.log(x[i] + 1.0)
print(s, type(s))
t = 0.0
for i in range(len(x)):
    t += np.sqrt(x[i]) * np.exp(x[i]) - np.log(1.0 + x[i])
print(t, type(t))
u = 0
for i in range(len(x)):
    u += int(x[i] * 10) + math.floor(x[i] * 3) - math.ceil(x[i])
print(u, type(u))
w = 0.0
for i in range(len(x)):
    w += float(i) / 7 + sqrt(i) - exp(-float(i) / 100)
print(w, type(w))
# domain errors are the function's: math raises, NumPy warns
vals = [4.0, 1.0, -1.0, 9.0]
r = 0.0
try:
    for i in range(len(vals)):
        r += math.sqrt(vals[i])
except ValueError as e:
    print("ValueError", e, i, r)
r = 0.0
for i in range(len(vals)):
    r += np.sqrt(vals[i])
print(r, type(r))
big = [1.0, 700.0, 710.0]
try:
    acc = 0.0
    for i in range(len(big)):
        acc += math.exp(big[i])
except OverflowError as e:
    print("OverflowError", e, i)
q = 0
try:
    for i in range(3):
        q += int(vals[i] / (1 - i))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, i, q)
nan_and_inf = [1.5, float("nan")]
try:
    for i in range(2):
        q = int(nan_and_inf[i])
except ValueError as e:
    print("ValueError", e, q)
huge = [1e300]
for i in range(1):
    q = int(huge[i])
print(q)
# a shadowed name is the user's function, called by the generic engine
def sqrt(v):
    return -v
z = 0.0
for i in range(5):
    z += sqrt(i)
print(z)
math_sqrt = math.sqrt
z = 0.0
for i in range(5):
    z += math_sqrt(i) + abs(-i) + float(i)
print(z)
# trig and friends
acc = 0.0
for i in range(100):
    acc += math.sin(i * 0.1) * math.cos(i * 0.2) + math.tanh(i * 0.01) + math.atan(i) + math.fabs(-i)
print(acc)
acc = 0.0
for i in range(100):
    acc += np.sin(i * 0.1) * np.cos(i * 0.2) + np.tanh(i * 0.01)
print(acc, type(acc))
n = 10
total = 0
for k in range(n):
    total += math.trunc(-k / 3) + int(-k / 3) + math.floor(-k / 3)
print(total)
# np.float64() and float() conversions keep their types
a = 0
b = 0
for i in range(4):
    a = np.float64(i) / 2
    b = float(np.float64(i)) / 2
print(a, type(a), b, type(b))
xs = [1.5, 2.0, 0.25, 4.0, 3.0]
s = 0.0
for i in range(len(xs)):
    s += xs[i] ** 0.5 + xs[i] ** -1.5 + xs[i] ** 3 + 2 ** xs[i]
print(s)
t = 0
for i in range(10):
    t += i ** 3 + 2 ** i
print(t, type(t))
u = 1
for i in range(70):
    u = 2 ** i
print(u)
a = np.array([1.0, -2.0, 0.0])
try:
    r = 0.0
    for i in range(3):
        r += a[i] ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(r, type(r))
neg = [-8.0, 4.0]
for i in range(2):
    z = neg[i] ** (1 / 3)
print(z)
for i in range(2):
    z = neg[0] ** (1 / 3)
print(z)
w = 1.0
for i in range(1100):
    try:
        w = 2.0 ** i
    except OverflowError as e:
        print("OverflowError", e, i)
        break
k = 3
for i in range(5):
    k **= 2
print(k)
m = 0.0
for i in range(1, 6):
    m += i ** -1
print(m)
ai = np.array([2, 3, 4])
q = 0
for i in range(3):
    q += ai[i] ** 2 + ai[i] ** i
print(q, type(q))
