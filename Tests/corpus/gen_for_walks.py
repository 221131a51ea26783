# for loops inside generators over ranges, lists (growing and shrinking under the loop), tuples and iterators,
# with break/else, send() and close(), and errors from the source or the body.
def over_range(n):
    for i in range(n):
        yield i * 2
def over_list(xs):
    for x in xs:
        yield x
        if x == 3:
            xs.append(99)
            xs.append(100)
def over_tuple(t):
    for a, b in t:
        yield a + b
    else:
        yield "done"
def over_iter(it):
    for x in it:
        yield x
def nested():
    for i in range(3):
        for j in (10, 20):
            yield i, j
def with_break(xs):
    for x in xs:
        if x > 2:
            break
        yield x
    else:
        yield "no"
def shrinking(xs):
    for x in xs:
        yield x
        xs.pop()
def send_into():
    total = 0
    for i in range(4):
        got = yield total
        total += i if got is None else got
    yield "total", total
print(list(over_range(5)), list(over_list([1, 2, 3])), list(over_tuple(((1, 2), (3, 4)))))
print(list(over_iter(iter("abc"))), list(over_iter({1: 2, 3: 4})), list(nested()))
print(list(with_break([1, 2, 3, 4])), list(with_break([1])), list(shrinking([1, 2, 3, 4, 5, 6])))
g = send_into()
print(next(g), g.send(10), next(g), g.send(5), next(g))
print(list(over_range(0)), sum(over_range(1000)), list(over_range(-3)))
r = range(10, 0, -3)
print(list(over_iter(r)), len(r), r[1], list(reversed(r)))
def gen_range_big():
    for i in range(2**62, 2**62 + 3):
        yield i
print(list(gen_range_big()))
def error_mid():
    for x in [1, 0, 2]:
        yield 10 // x
try:
    print(list(error_mid()))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
gs = over_list([5, 6, 7])
print(next(gs))
gs.close()
print(list(gs))
def not_iterable():
    for x in 5:
        yield x
try:
    list(not_iterable())
except TypeError as e:
    print("TypeError", e)
