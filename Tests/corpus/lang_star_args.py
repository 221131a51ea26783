# Parameters: defaults, *args, **kwargs, keyword-only and positional-only.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
def g(x, y, /, z, *, w=0):
    return x + y + z + w
print(g(1, 2, 3), g(1, 2, z=3, w=4))
try:
    g(x=1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)
print(wrapper(1, 2, 3, c=0, extra=True))
args = [1, 2]
kwargs = {"c": 3, "d": 5}
print(f(*args, **kwargs), f(*range(4), **{"c": 0}))
def append_bad(x, acc=[]):
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2))
def append_good(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(append_good(1), append_good(2))
def stats(*nums):
    if not nums:
        return None
    return min(nums), max(nums), sum(nums) / len(nums)
print(stats(), stats(3), stats(1, 2, 3, 4))
for call in [lambda: f(), lambda: f(1), lambda: f(1, c=1, c2=2, a=3), lambda: g(1, 2, 3, 4)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(f.__name__, f.__defaults__, f.__kwdefaults__)
first, *middle, last = range(6)
print(first, middle, last)
*head, tail = "abc"
print(head, tail)
(a, b), c = (1, 2), 3
print(a, b, c)
print(*[1, 2, 3], sep=" < ", end="!\n")
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1], 2))
