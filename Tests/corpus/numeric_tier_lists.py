# Loops over list elements in the numeric tier: swaps, bool flags, lists that hold other things, and assignments
# whose targets depend on each other.
def bubble(a):
    n = len(a)
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a

print(bubble([5, 3, 9, 1, 1, 0, -4, 12]))
print(bubble([2.5, -1.0, 3.25, 0.0, -0.0]))
print(bubble([3, 1.5, 2, True, 0.5]))
print(bubble([]))

def clear_multiples(flags, step):
    for j in range(step * step, len(flags), step):
        flags[j] = False
    return flags

print(clear_multiples([True] * 20, 3))

def count_true(flags):
    c = 0
    for i in range(len(flags)):
        if flags[i]:
            c += 1
        if not flags[i] and i > 2:
            c -= 1
    return c

print(count_true([True, False, True, True, False, False]))

xs = [1, 2, 3, 4, 5]
for i in range(len(xs)):
    xs[i] = xs[i] * xs[i] - i
print(xs)

ys = [1.0, 2.0, "three", 4.0]
total = 0.0
try:
    for i in range(len(ys)):
        total += ys[i]
except TypeError as e:
    print("TypeError:", e)
print(total)

zs = [1, 2, 3]
for i in range(3):
    zs[i] = zs[i] / 2
print(zs)

ws = [10, 20, 30, 40]
k = 0
for i in range(3):
    k, ws[k] = i + 1, i * 100
print(k, ws)

vs = [0, 1, 2, 3]
for i in range(3):
    vs[i], vs[i + 1] = vs[i + 1], vs[i]
print(vs)

a, b = 0, 1
for i in range(10):
    a, b = b, a + b
print(a, b)

p, q = 1.5, 2
for i in range(4):
    p, q = q, p
print(p, q)

big = [2 ** 62, 2 ** 62]
s = 0
for i in range(2):
    s += big[i]
print(s)

alias = [1, 2, 3]
same = alias
for i in range(3):
    alias[i] = same[2 - i] + 10
print(alias, same is alias)

grid = [[1, 2], [3, 4]]
t = 0
for i in range(2):
    for j in range(2):
        t += grid[i][j]
print(t)

m = [3, 1, 2]
for i in range(len(m)):
    m[i] += 1
    m[i] *= 2
    m[i] -= i
    m[i] //= 3
print(m)

f = [0.5, 1.5]
for i in range(2):
    f[i] += i
    f[i] /= 4
print(f)

neg = [1, 2, 3, 4]
for i in range(1, 5):
    neg[-i] = i
print(neg)

try:
    idx = [1, 2, 3]
    for i in range(5):
        idx[i] = 0
except IndexError as e:
    print("IndexError:", e)
print(idx)
