# Closures, decorators with arguments, functools.lru_cache and wraps, nonlocal counters.
import functools
import time


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


c = counter()
print(c(), c(), c(5))


def repeat(times):
    def decorate(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            return [f(*args, **kwargs) for _ in range(times)]

        return wrapper

    return decorate


@repeat(3)
def greet(name, punctuation="!"):
    "Says hello."
    return f"hi {name}{punctuation}"


print(greet("ada"), greet.__name__, greet.__doc__)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits > 0)
calls = []


def logged(f):
    def inner(*args):
        calls.append((f.__name__, args))
        return f(*args)

    return inner


@logged
def add(a, b):
    return a + b


print(add(2, 3), add(4, 5), calls)
adders = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + k for k in range(3)]
print([f(10) for f in late])
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(lambda x: x + 1, lambda x: x * 2, str)(4))
partial_pow = functools.partial(pow, 2)
print(partial_pow(10), time.perf_counter() > 0)


@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


calls.clear()
print([square(k) for k in [1, 2, 1, 3, 2, 1]], calls)
print(square.cache_info(), fib.cache_info().currsize)
info = square.cache_info()
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize, info.hits)
square.cache_clear()
print(square.cache_info())
