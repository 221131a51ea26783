import numpy as np
xs = []
for i in range(100000):
    xs.append(i * 2)
print(len(xs), xs[:3], xs[-1])
evens = []
odds = []
for i in range(20):
    if i % 2 == 0:
        evens.append(i * 0.5)
    else:
        odds.append(i > 10)
print(evens, odds)
a = np.arange(10.0)
out = []
for i in range(len(a)):
    out.append(a[i] * 2)
print(out[:3], type(out[0]).__name__)
# appending to the list being walked: walks the new items too, as CPython's iterator does (bounded here)
ys = [1, 2, 3]
for y in ys:
    if len(ys) < 10:
        ys.append(y + 10)
print(ys)
zs = [1, 2, 3]
for k in range(3):
    zs.append(zs[k] * 2)
print(zs)
# the same list under two names
p = [0.5]
q = p
for i in range(3):
    q.append(p[0] + i)
print(p, q)
# big ints and errors hand back
big = []
x = 2**62
for i in range(4):
    big.append(x * (i + 1))
print(big)
r = []
try:
    for i in range(5, -1, -1):
        r.append(10 // i)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, r)
primes = []
is_p = [True] * 50
for i in range(2, 50):
    if is_p[i]:
        primes.append(i)
        for j in range(i * i, 50, i):
            is_p[j] = False
print(primes)
rows = [[1, 2], [3, 4]]
acc = rows[0]
for i in range(2):
    acc.append(rows[1][i] + rows[0][0])
print(rows, acc)
s = []
for i in range(3):
    s.append(i)
    s.append(-i)
print(s)
def f():
    res = []
    for i in range(5):
        res.append(i ** 2)
    return res
print(f())
