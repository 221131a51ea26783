# Decorators with arguments, functools.wraps, stacking, caching.
import functools

def repeat(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def greet(name):
    """Say hello."""
    return f"hi {name}"

print(greet("ana"), greet.__name__, greet.__doc__)

calls = []

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        calls.append(fn.__name__)
        return fn(*args)
    return wrapper

def bold(fn):
    def wrapper(*args):
        return "<b>" + fn(*args) + "</b>"
    return wrapper

@bold
@logged
def title(s):
    return s.title()

print(title("deep learning"), calls, title.__name__)

@functools.lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)

print(ways(30), ways.cache_info())

@functools.cache
def binom(n, k):
    if k in (0, n):
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)

print(binom(30, 15), binom(60, 30))

def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper

@count_calls
def square(x):
    return x * x

print([square(i) for i in range(5)], square.calls)

def validate(**types):
    def deco(fn):
        def wrapper(**kw):
            for k, t in types.items():
                if not isinstance(kw.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kw)
        return wrapper
    return deco

@validate(lr=float, epochs=int)
def train(lr, epochs):
    return f"lr={lr} epochs={epochs}"

print(train(lr=0.1, epochs=3))
try:
    train(lr=1, epochs=3)
except TypeError as e:
    print("TypeError:", e)
add3 = functools.partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(10), functools.reduce(lambda a, b: a * b, range(1, 8)))
