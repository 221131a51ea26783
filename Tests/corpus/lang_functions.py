def add(a, b=10, *args, scale=1, **kw):
    return (a + b + sum(args)) * scale, kw
print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, scale=2), add(1, 2, x=5))
print(add(*[1, 2]), add(**{"a": 1, "b": 2}), add(1, *(2, 3), **{"scale": 3}))
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(a=1, b=2, c=4))
def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, 3), posonly(1, 2, c=3))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
total = 0
def bump(n):
    global total
    total += n
bump(5)
bump(6)
print(total)
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
late = [lambda: i for i in range(3)]
print([f() for f in late])
square = lambda x: x * x
print(square(5), (lambda *a: len(a))(1, 2, 3), list(map(lambda t: t[0] + t[1], [(1, 2), (3, 4)])))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def apply(f, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True))
def deco(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapper
@deco
def mul(a, b):
    return a * b
print(mul(6, 7))
def repeat(n):
    def decorator(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return decorator
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def doc():
    """Return nothing."""
print(doc.__doc__, doc(), doc.__name__, mul.__name__)
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2), defaults(3, []))
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner()
    x = 2
    return mid()
print(outer())
print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda v: v > 1, [1, 2, 3])))
fns = {"sq": lambda v: v ** 2, "neg": lambda v: -v}
print({k: f(3) for k, f in fns.items()})
def varargs_only(*args):
    return args
print(varargs_only(), varargs_only(1), varargs_only(*"ab"))
def kwargs_only(**kw):
    return sorted(kw.items())
print(kwargs_only(b=2, a=1))
