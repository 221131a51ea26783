# The numeric tier inlines the user's functions whose body is one return of arithmetic on their parameters
# (def and lambda, nested, with math calls); errors, redefinitions, unused parameters, defaults and recursion
# leave the call to the generic engine.
import math
import numpy as np

def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

n = 50
total = 0.0
for i in range(n):
    for j in range(n):
        total += eval_A(i, j)
print(total)

def f(x):
    "The function whose root we want."
    return x ** 3 - 2 * x - 5

def df(x):
    return 3 * x ** 2 - 2

x = 2.0
for step in range(20):
    x = x - f(x) / df(x)
print(x, f(x))

sigmoid = lambda z: 1 / (1 + math.exp(-z))
np.random.seed(0)
zs = np.random.randn(1000)
acc = 0.0
for z in zs:
    acc += sigmoid(z)
print(acc, type(acc))

def sq(v):
    return v * v

def norm2(a, b):
    return sq(a) + sq(b)

s = 0
for k in range(100):
    s += norm2(k, k + 1)
print(s, type(s))

# the trapezoid rule with a user function
def g(t):
    return math.exp(-t * t)

a, b, m = 0.0, 2.0, 1000
h = (b - a) / m
area = 0.5 * (g(a) + g(b))
for k in range(1, m):
    area += g(a + k * h)
area *= h
print(area)

# errors inside an inlined body are the function's own, with its traceback line
def inv(v):
    return 1 / v

vals = [4, 2, 1, 0, 5]
acc = 0.0
try:
    for v in vals:
        acc += inv(v)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, acc)

# a function redefined between loops: each entry finds the current one
def w(v):
    return v + 1
t = 0
for k in range(5):
    t += w(k)
def w(v):
    return v * 10
for k in range(5):
    t += w(k)
print(t)

# functions that are not plain arithmetic stay calls
def branchy(v):
    if v > 2:
        return v
    return -v
t = 0
for k in range(6):
    t += branchy(k)
print(t)

def unused(a, b):
    return a * 2
L = [1, 2, 3]
try:
    t = 0
    for k in range(5):
        t += unused(k, L[k])
except IndexError as e:
    print("IndexError", e, t)

def rec(v):
    return rec(v - 1) + 1
try:
    for k in range(2):
        t = rec(k)
except RecursionError as e:
    print("RecursionError")

def defaults(v, scale=2):
    return v * scale
t = 0
for k in range(4):
    t += defaults(k) + defaults(k, 3)
print(t)

def big(v):
    return v * v * v * v
t = 0
for k in range(10):
    t = big(2 ** 16 + k)
print(t)
