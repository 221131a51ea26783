# sum() of a generator expression as a numeric-tier loop: ranges, items, enumerate, zip, conditions, inlined
# calls, enclosing locals and cells, sum's own types and errors, and a shadowed sum.
import numpy as np
import math

def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def times_u(u):
    return [sum(eval_A(i, j) * u_j for j, u_j in enumerate(u)) for i in range(len(u))]

u = [1.0] * 30
for _ in range(3):
    u = times_u(u)
print(u[:3], u[-1])
v = list(range(30))
print(sum(a * b for a, b in zip(u, v)))
print(sum(x * x for x in v), sum(x for x in v if x % 3 == 0))
print(sum(i * 0.5 for i in range(10)), sum(i for i in range(0)))
xs = np.linspace(0, 1, 11)
s = sum(x ** 2 for x in xs)
print(s, type(s))
print(sum(math.sqrt(x) for x in xs))
print(sum(1 for x in xs if x > 0.5))
# mixed ints and floats keep sum's types and values
mixed = [1, 2, 3.5, 4]
print(sum(m * 2 for m in mixed))
big = [2 ** 62, 2 ** 62, 2 ** 62]
print(sum(b for b in big))
# errors in the element are the generator's; sum's own are sum's
items = [1, 2, 0]
try:
    print(sum(1 / k for k in items))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
words = [1, "a"]
try:
    print(sum(w for w in words))
except TypeError as e:
    print("TypeError", e)
# the loop variable does not leak
try:
    print(k)
except NameError as e:
    print("NameError", e)
# a shadowed sum is the user's
def sum(it, start=100):
    t = start
    for x in it:
        t += x
    return t
print(sum(x for x in range(5)))
del sum
# nested generator inside a comprehension reading the enclosing function's locals
def row_sums(M):
    n = len(M)
    return [sum(M[i][j] for j in range(n)) for i in range(n)]
print(row_sums([[1, 2], [3, 4]]))
def weighted(w, x):
    return sum(w[k] * x[k] for k in range(len(w)))
print(weighted([0.5, 0.25], [4.0, 8.0]), weighted(np.array([1.0, 2.0]), np.array([3.0, 4.0])))
# an unbound enclosing local
def broken():
    total = sum(q for q in later)
    later = [1]
    return total
try:
    broken()
except NameError as e:
    print(type(e).__name__, e)
# variables captured by inner functions live in cells; the tier reads and writes them there
def outer():
    total = 0
    def peek():
        return total
    for i in range(10):
        total += i * 2
    seen = peek()
    scale = 3
    return total, seen, sum(scale * k for k in range(4)), [sum(i * j for j in range(3)) for i in range(3)]
print(outer())
def captured_loop_variable():
    fs = []
    acc = 0.0
    for i in range(3):
        acc += i / 2
    fs.append(lambda: i)
    return acc, fs[0]()
print(captured_loop_variable())
print(sum((lambda: j)() for j in range(4)))
