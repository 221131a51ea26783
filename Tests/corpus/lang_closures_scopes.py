def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return increment, reset


inc, reset = make_counter(10)
print(inc(), inc(5), inc())
reset()
print(inc())
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
total = 0


def add_to_total(n):
    global total
    total += n
    return total


add_to_total(5)
add_to_total(7)
print(total)


def outer():
    x = "outer"

    def middle():
        def inner():
            return x

        return inner()

    x = "changed"
    return middle()


print(outer())


def memoize(f):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), len(paths.cache))


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x

    return composed


inc1 = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc1, dbl)(5), compose(dbl, inc1)(5))
x = 1


def shadow():
    try:
        print(x)
        x = 2
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


shadow()


def kwargs_demo(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


print(kwargs_demo(1, c=3))
print(kwargs_demo(1, 5, 6, 7, c=8, e=9, f=10))
opts = {"c": 1, "z": 0}
print(kwargs_demo(*[0, 1, 2], **opts))
try:
    kwargs_demo(1)
except TypeError as e:
    print("TypeError:", e)
