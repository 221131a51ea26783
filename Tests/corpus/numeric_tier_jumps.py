# The numeric tier's break and continue: in for and while loops, nested, after hand-backs (the generic engine
# then meets the jump), and for-else loops, which stay generic.
import numpy as np
# first index above a threshold
x = np.array([0.5, 1.5, 2.5, 3.5, 0.1])
found = -1
for i in range(len(x)):
    if x[i] > 2.0:
        found = i
        break
print(found, i)
# continue skipping negatives
a = np.array([3.0, -1.0, 4.0, -1.5, 5.0, -9.0, 2.0])
s = 0.0
n = 0
for i in range(len(a)):
    if a[i] < 0:
        continue
    s += a[i]
    n += 1
print(s, n, type(s))
# break in a nested loop ends only that loop
count = 0
for i in range(5):
    for j in range(5):
        if j > i:
            break
        count += 1
print(count, i, j)
# while with break and continue
k = 0
t = 0
while True:
    k += 1
    if k % 3 == 0:
        continue
    if k > 20:
        break
    t += k
print(k, t)
# for-else with break stays generic and right
for i in range(10):
    if i * i > 50:
        break
else:
    print("no break")
print("i", i)
for i in range(3):
    pass
else:
    print("else ran", i)
# break after a hand-back: the generic engine meets the break
big = 2 ** 62
v = 1
for i in range(10):
    v = v * 3
    if v > big:
        break
print(v, i)
for i in range(100):
    v = v * 2
    if i == 3:
        break
print(v, i)
# continue after a hand-back by division by zero handled generic
ys = [1, 2, 0, 4, 0, 5]
tot = 0.0
for i in range(len(ys)):
    if ys[i] == 0:
        continue
    tot += 1 / ys[i]
print(tot)
# a list search with while and break
xs = [5, 3, 8, 1, 9, 2]
lo = 0
while lo < len(xs):
    if xs[lo] == 9:
        break
    lo += 1
print(lo)
# break inside a while inside a for
pairs = 0
for i in range(6):
    j = 0
    while True:
        j += 1
        if j >= i:
            break
        pairs += 1
print(pairs)
# big int inside the loop after continue
z = 1
for i in range(70):
    if i % 2:
        continue
    z = z * 4
print(z, i)
xs = [1, 2, 3, 4.5, 6, 7]
for i in range(len(xs)):
    t = xs[i] * 2
    if t > 8:
        break
print(t, i)
rows = 0
for r in range(3):
    for i in range(len(xs)):
        t = xs[i] * 2
        if t > 8:
            break
        rows += 1
    rows += 100
print(rows, t, i, r)
ys = [1, 2, 3.5, 4, 5, 6.5, 7]
odd = 0
for i in range(len(ys)):
    h = ys[i] * 2
    if h > 6:
        continue
    odd += 1
print(odd, h, i)
k = 0
while k < len(ys):
    h = ys[k] + 1
    k += 1
    if h > 4:
        break
print(k, h)
