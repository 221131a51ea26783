import sys
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def fact(n):
    """n!"""
    if n <= 1:
        return 1
    return n * fact(n - 1)
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)
def power(x, n):
    if n == 0:
        return 1
    elif n % 2 == 0:
        return power(x * x, n // 2)
    else:
        return x * power(x, n - 1)
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
def digits(n):
    if n < 10:
        return n
    return n % 10 + digits(n // 10)
def count_down(n):
    if n <= 0:
        return 0
    n -= 1
    return 1 + count_down(n)
def maybe(n):
    if n > 3:
        return maybe(n - 1)
print(fib(20), fact(20), fact(25), fact(30), binom(20, 10), gcd(1071, 462), power(3, 40), power(2, 70))
print(ack(2, 3), digits(987654321), count_down(500), maybe(10), fact(0), fib(-3), fact(True), digits(-5))
print(gcd(10, 0), power(-2, 63), power(-2, 64), fact(20) * 21 == fact(21))
try:
    count_down(5000)
except RecursionError as e:
    print("RecursionError", e)
def div(a, b):
    if b == 1:
        return a // b
    return div(a, b - 1)
try:
    print(div(7, 3), div(7, -2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
sys.setrecursionlimit(3000)
print(count_down(2500))
fib_alias = fib
def fib(n):
    return -1
print(fib_alias(10))
print(fact(2.5), binom(5, 2.0))
