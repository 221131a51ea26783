# Generators as coroutines: send, return values through yield from, close, infinite streams.
def running_mean():
    total = 0.0
    n = 0
    mean = None
    while True:
        x = yield mean
        total += x
        n += 1
        mean = total / n

avg = running_mean()
print(next(avg))
for x in [10, 20, 30, 40]:
    print(avg.send(x))

def inner():
    got = yield "first"
    yield f"inner got {got}"
    return "inner done"

def outer():
    result = yield from inner()
    yield f"outer saw {result!r}"

g = outer()
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def counter():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("cleanup at", i)

c = counter()
print(next(c), next(c), next(c))
c.close()
print("closed")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

from itertools import islice, takewhile, count
print(list(islice(fib(), 10)), list(takewhile(lambda x: x < 100, fib())))
print(sum(x for x in islice(fib(), 30) if x % 2 == 0))
squares = (n * n for n in count(1))
print(next(squares), next(squares), [next(squares) for _ in range(3)])

def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]

print(list(chunks(list(range(10)), 4)), list(chunks("abcdefg", 3)))

def gen_return():
    yield 1
    return 99

it = gen_return()
print(list(it), list(it))
def echo():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"

e = echo()
print(next(e), e.throw(ValueError("boom")))
