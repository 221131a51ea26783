# list.sort and sorted as CPython 3.11 sorts: the comparisons __lt__ sees (counted and hashed), NaN lists, reverse,
# key=, a comparison that raises midway (the list left partly sorted), and Counter.most_common.
import random

log = [0, 0]


class K:
    __slots__ = ("v", "i")

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        log[0] += 1
        log[1] = (log[1] * 1000003 + self.i * 7919 + other.i) % 2147483647
        return self.v < other.v


def check(label, values, reverse=False, key=False):
    log[0] = 0
    log[1] = 0
    items = [K(v, i) for i, v in enumerate(values)]
    if key:
        out = sorted(items, key=lambda k: k, reverse=reverse)
    else:
        out = sorted(items, reverse=reverse)
    print(label, len(values), log[0], log[1], sum((j + 1) * k.i for j, k in enumerate(out)) % 1000000007)


rng = random.Random(20261128)
for n in [0, 1, 2, 3, 5, 10, 31, 32, 63, 64, 65, 100, 127, 200, 257, 500, 1000, 2500, 5000]:
    check("random", [rng.random() for _ in range(n)])
    check("small ints", [rng.randrange(5) for _ in range(n)])
    check("nan", [float("nan") if rng.random() < 0.1 else rng.random() for _ in range(n)])
    check("reverse", [rng.randrange(20) for _ in range(n)], reverse=True)
    check("key", [rng.random() for _ in range(n)], key=True)
    runs = []
    while len(runs) < n:
        m = rng.randrange(1, 300)
        start = rng.random()
        step = rng.random() * 0.01
        if rng.random() < 0.5:
            runs += [start + step * j for j in range(m)]
        else:
            runs += [start - step * j for j in range(m)]
    check("runs", runs[:n])
    ordered = sorted(rng.random() for _ in range(n))
    for _ in range(n // 20):
        a, b = rng.randrange(max(n, 1)), rng.randrange(max(n, 1))
        ordered[a], ordered[b] = ordered[b], ordered[a]
    check("nearly sorted", ordered)
    check("sawtooth", [j % 37 for j in range(n)])
    check("descending equal runs", [-(j // 7) for j in range(n)])
    merged = sorted(rng.random() for _ in range(n // 2)) + sorted(rng.random() * 0.5 for _ in range(n - n // 2))
    check("two runs", merged)
    check("gallop", list(range(n // 2)) + list(range(n // 4, n // 4 + n - n // 2)))

# NaN lists sorted directly (floats, the plain path falls back to CPython's algorithm).
for n in [3, 10, 70, 300]:
    xs = [float("nan") if rng.random() < 0.2 else rng.randrange(100) / 7 for _ in range(n)]
    print(sorted(xs)[:12], sorted(xs, reverse=True)[:12])
print(sorted([3, 1, float("nan"), 2]), sorted([float("nan"), 3, 1, 2]), sorted([2, float("nan"), 1, 0.5, float("nan")]))

# A comparison that raises: the list is left as CPython leaves it.
for n in [5, 40, 150]:
    xs = [rng.randrange(50) for _ in range(n)]
    xs[n // 2] = "x"
    try:
        xs.sort()
    except TypeError as e:
        print("TypeError", e, xs[:20], xs[-10:])
    ys = [rng.randrange(50) for _ in range(n)] + ["y"]
    try:
        ys.sort(reverse=True)
    except TypeError as e:
        print("TypeError", e, ys[:20], ys[-10:])

import collections
c = collections.Counter({"a": 2, "b": float("nan"), "c": 3, "d": 2, "e": 1.5})
print(c.most_common())
