# Loops over array elements and numbers (the numeric tier): the types and values of what they leave behind.
import numpy as np

x = np.arange(10) * 0.5
y = np.arange(10) * 0.25
ints = np.arange(10)

total = 0.0
for i in range(len(x)):
    total += x[i] * y[i]
print(repr(total), type(total).__name__)

count = 0
for i in range(len(x)):
    if x[i] > 1.0 and not y[i] > 2.0:
        count += 1
print(repr(count), type(count).__name__)

s = 0
for i in range(ints.shape[0]):
    s += ints[i]
print(repr(s), type(s).__name__)

s = 0
for i in range(len(ints)):
    s = s + ints[i] * 2 - 1
print(repr(s), type(s).__name__)

f = 0
for i in range(5):
    f += i / 2
print(repr(f), type(f).__name__)

m = 1.5
for i in range(3):
    m = m * 2 + i
print(repr(m), type(m).__name__)

q = 0
for i in range(len(ints)):
    q += ints[i] / 4
print(repr(q), type(q).__name__)

mix = 0.0
for i in range(len(ints)):
    mix += ints[i] * 0.5
print(repr(mix), type(mix).__name__)

mixed_int = 10
for i in range(len(x)):
    mixed_int = mixed_int - x[i]
print(repr(mixed_int), type(mixed_int).__name__)

for k in range(4):
    pass
print(k)

for k in range(10, 0, -3):
    last = k * k
print(k, last)

z = 5
for z in range(0):
    pass
print(z)

def inside(a, b):
    acc = 0.0
    for i in range(len(a)):
        acc += (a[i] - b[i]) ** 2
    return acc / len(a)

print(repr(inside(x, y)))

def nested(A, B):
    n, m = A.shape
    C = np.zeros((n, B.shape[1]))
    for i in range(A.shape[0]):
        for j in range(B.shape[1]):
            acc = 0.0
            for k in range(A.shape[1]):
                acc += A[i, k] * B[k, j]
            C[i, j] = acc
    return C

A = np.arange(12).reshape(3, 4) * 1.5
B = np.arange(8).reshape(4, 2) - 3.0
print(nested(A, B))
print(np.array_equal(nested(A, B), A @ B))

def chained(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    for i in range(A.shape[0]):
        for j in range(B.shape[1]):
            s = 0
            for k in range(A.shape[1]):
                s += A[i][k] * B[k][j]
            C[i][j] = s
    return C

print(chained(A, B))

C = np.zeros((3, 2))
for i in range(A.shape[0]):
    for j in range(B.shape[1]):
        for k in range(A.shape[1]):
            C[i, j] += A[i, k] * B[k, j]
print(C)

T = A.T
acc = 0.0
for i in range(T.shape[0]):
    for j in range(T.shape[1]):
        acc += T[i, j] * (i + 1) - T[-1 - i, -1 - j]
print(repr(acc))

r = x[::-1]
for i in range(len(x)):
    x[i] = x[i] + r[i]
print(x, r)

cube = np.arange(24).reshape(2, 3, 4) * 1.0
t = 0.0
for i in range(2):
    for j in range(3):
        for k in range(4):
            t += cube[i, j, k] * (i - j + k)
print(t)

counts = np.zeros(5, dtype=int)
labels = np.array([0, 1, 1, 4, 3, 1, 0])
for i in range(len(labels)):
    counts[labels[i]] += 1
print(counts, counts.dtype)

w = np.zeros(4)
for i in range(4):
    w[i] = i
    w[i] -= 0.5 * i
    w[i] *= 3
    w[i] /= 2
print(w)

g = 0
for i in range(-7, 8):
    g += (i // 3) * 100 + i % 3
print(g)

h = 0.0
for i in range(-7, 8):
    h += (i * 0.7) // 0.3 + (i * 0.7) % 0.3
print(repr(h))

n = 0
for i in range(20):
    if 3 < i <= 12 or i == 17:
        n += i
    elif i != 0:
        n -= 1
    else:
        n = n * 1
print(n)

neg = 0.0
for i in range(3):
    neg = -neg - i
print(repr(neg))
