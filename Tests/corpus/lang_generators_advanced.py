def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


g = averager()
next(g)
for v in [10, 20, 30, 45]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3))))


def delegating():
    result = yield from sub()
    yield f"sub returned {result}"


def sub():
    yield 1
    yield 2
    return "done"


print(list(delegating()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


from itertools import islice, takewhile, count, accumulate, groupby, chain as ichain, product, permutations, combinations
print(list(islice(fib(), 10)))
print(list(takewhile(lambda x: x < 100, fib())))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
for key, group in groupby("aaabccdddd"):
    print(key, len(list(group)))
print(list(product("ab", repeat=2)), len(list(permutations(range(4), 2))), list(combinations("abcd", 3)))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
gen = (c.upper() for c in "hey")
print(next(gen), list(gen))


def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("cleanup at", n)


for x in countdown(3):
    print(x)
print(dict(zip("abc", count(1))))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
pipeline = (w for w in "the quick brown fox".split() if len(w) > 3)
print(sorted(pipeline, key=len))
