def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)), max(count_up(3)))
g = count_up(3)
print(next(g), next(g), next(g), next(g, "done"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)
def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))), list(evens([])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), "ab")))
def pairs(n):
    for i in range(n):
        for j in range(i):
            yield i, j
print(list(pairs(4)))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
print(sum(x for x in range(10) if x % 3 == 0), any(x > 3 for x in [1, 5]), all(x for x in [1, 0]))
print(sorted((y for y in "banana"), reverse=True), min(len(w) for w in ["aa", "b", "ccc"]))
def accumulate(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print(list(accumulate([1, 2, 3, 4])))
def with_return():
    yield 1
    return "result"
def delegate():
    r = yield from with_return()
    yield r
print(list(delegate()))
def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return
e = echo()
next(e)
print(e.send("hello"), e.send(42))
def try_gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in try_gen():
    print("got", v)
matrix = [[1, 2], [3, 4]]
flat = (v for row in matrix for v in row)
print(list(flat))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())))
print(list(zip(count_up(3), "abc")), dict(zip(count_up(2), count_up(5))))
def nested_if(xs):
    for x in xs:
        if x > 0:
            if x % 2:
                yield "odd"
            else:
                yield "even"
        else:
            yield "nonpos"
print(list(nested_if([-1, 1, 2, 0])))
