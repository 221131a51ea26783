# abs, min and max inside numeric loops: the argument itself comes back (NumPy scalars stay NumPy's, a NaN first
# argument is kept), and mixed kinds or shadowed names leave the loop to the generic engine.
import numpy as np

x = np.array([3.0, -1.5, 2.0, np.nan, -7.25, 0.0, -0.0])
y = np.array([1.0, 4.0, -2.0, 1.0, np.nan, -0.0, 0.0])

l1 = 0.0
for i in range(len(x)):
    l1 += abs(x[i] - y[i])
print(repr(l1))

best = -1e300
worst = 1e300
for i in range(len(x)):
    best = max(best, x[i])
    worst = min(worst, x[i])
print(repr(best), repr(worst))

lo = []
for i in range(len(x)):
    lo.append(min(x[i], y[i]))
print(lo)

m = np.zeros(len(x))
for i in range(len(x)):
    m[i] = max(x[i], y[i]) - min(y[i], x[i])
print(m)

big = 0
small = 10
ints = [5, -3, 8, -12, 0, 7]
for i in range(len(ints)):
    big = max(big, abs(ints[i]))
    small = min(small, ints[i])
print(big, small)

mixed = 0
for i in range(3):
    mixed = max(mixed, i * 0.5)
print(repr(mixed))

edge = -9223372036854775807 - 1
r = 0
for i in range(1):
    r = abs(edge)
print(r)

def shadowed(xs):
    abs = lambda v: -v
    t = 0
    for i in range(len(xs)):
        t += abs(xs[i])
    return t

print(shadowed([1, 2, 3]))

total = np.int64(0)
arr = np.array([4, -9, 2])
for i in range(3):
    total = max(total, arr[i]) + abs(arr[i])
print(repr(total))
