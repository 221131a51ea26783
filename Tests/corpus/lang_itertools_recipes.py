from itertools import islice, chain, groupby, accumulate, zip_longest, tee, count, repeat, cycle, starmap
from collections import deque


def chunked(iterable, n):
    it = iter(iterable)
    while chunk := list(islice(it, n)):
        yield chunk


def sliding(iterable, n):
    window = deque(maxlen=n)
    for x in iterable:
        window.append(x)
        if len(window) == n:
            yield tuple(window)


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def unique_everseen(iterable):
    seen = set()
    for x in iterable:
        if x not in seen:
            seen.add(x)
            yield x


def pairwise(iterable):
    a, b = tee(iterable)
    next(b, None)
    return zip(a, b)


print(list(chunked(range(10), 3)), list(sliding("abcde", 3)))
print(list(flatten([1, [2, [3, [4]], 5], (6, 7)])), list(unique_everseen("abracadabra")))
print(list(pairwise([1, 4, 9, 16])), [b - a for a, b in pairwise([1, 4, 9, 16])])
runs = [(k, len(list(g))) for k, g in groupby(sorted("mississippi"))]
print(runs, "".join(f"{k}{n}" for k, n in groupby("aaabbc") for n in [len(list(n))]))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(accumulate([5, 3, 8, 1], min)))
print(list(zip_longest([1, 2, 3], "ab")), list(islice(count(10, 5), 4)), list(repeat("x", 3)))
print(list(islice(cycle([1, 2]), 5)), list(starmap(lambda a, b: a ** b, [(2, 5), (3, 2)])))
print(list(chain.from_iterable([[1, 2], [3], []])), sum(chain([1], (2, 3), {4})))
data = [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)]
totals = {k: sum(v for _, v in g) for k, g in groupby(sorted(data), key=lambda kv: kv[0])}
print(totals)
n = 0
while (n := n + 3) < 10:
    print("walrus", n)
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values)
