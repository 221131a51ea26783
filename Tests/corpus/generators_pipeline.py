# Generator pipelines: batching a dataset, a running mean, itertools, yield from, and send.
import itertools


def read_rows(n):
    for i in range(n):
        yield {"x": i, "y": 2 * i + 1}


def batches(rows, size):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def running_mean():
    total, count = 0.0, 0
    value = yield None
    while True:
        total += value
        count += 1
        value = yield total / count


for b in batches(read_rows(7), 3):
    print([r["y"] for r in b])
averager = running_mean()
next(averager)
print([averager.send(v) for v in [10, 20, 30, 40]])


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, 4], 5], [[6]], 7])))
print(list(itertools.islice(itertools.count(5, 3), 4)), list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.chain.from_iterable([[1, 2], [3]])), list(itertools.product("ab", repeat=2)))
pairs = list(itertools.combinations(range(4), 2))
print(pairs, sum(1 for _ in itertools.permutations(range(4))))
squares = (k * k for k in range(10))
print(sum(squares), sum(squares), any(k > 50 for k in range(10)), all(k < 10 for k in range(10)))
grouped = {k: list(g) for k, g in itertools.groupby(sorted("mississippi"))}
print(grouped)
