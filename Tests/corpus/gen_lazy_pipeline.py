# Lazy data pipelines with generators: reading records, filtering, batching, running statistics.
import math

raw = """id,feature,label
1,0.5,1
2,-1.2,0
3,
4,2.2,1
5,abc,0
6,0.1,1
7,-0.3,0"""

def read_lines(text):
    for line in text.splitlines():
        yield line.strip()

def parse(lines):
    header = next(lines).split(",")
    for line in lines:
        parts = line.split(",")
        if len(parts) != len(header) or "" in parts:
            print("skip malformed:", repr(line))
            continue
        try:
            yield {"id": int(parts[0]), "x": float(parts[1]), "y": int(parts[2])}
        except ValueError as e:
            print("skip bad value:", e)

def batched(items, n):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch

records = parse(read_lines(raw))
for b in batched(records, 2):
    print([r["id"] for r in b], sum(r["x"] for r in b))

def running_stats(xs):
    n = 0
    mean = 0.0
    m2 = 0.0
    for x in xs:
        n += 1
        delta = x - mean
        mean += delta / n
        m2 += delta * (x - mean)
        yield n, mean, m2 / (n - 1) if n > 1 else float("nan")

for n, mean, var in running_stats([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]):
    print(n, round(mean, 4), var if math.isnan(var) else round(var, 4))
pipeline = (r["x"] ** 2 for r in parse(read_lines(raw)) if r["y"] == 1)
print(round(sum(pipeline), 4))
def take(n, it):
    return [x for _, x in zip(range(n), it)]
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(take(5, (n * n for n in naturals() if n % 3 == 0)))
gen = (x for x in range(3))
print(list(gen), list(gen), type(gen).__name__)
