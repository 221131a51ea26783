def read_lines():
    text = "alpha 3\nbeta 7\n# comment\ngamma 2\n\ndelta 9"
    for line in text.split("\n"):
        yield line
def parse(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, value = line.split()
        yield name, int(value)
def above(records, threshold):
    for name, value in records:
        if value > threshold:
            yield name
print(list(above(parse(read_lines()), 2)))
def batched(iterable, n):
    batch = []
    for x in iterable:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))
def running_mean(xs):
    total = 0.0
    for i, x in enumerate(xs, 1):
        total += x
        yield total / i
print([round(m, 3) for m in running_mean([2, 4, 9, 1])])
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
gen = primes()
print([next(gen) for _ in range(12)])
def tree_walk(node, depth=0):
    name, children = node
    yield depth, name
    for c in children:
        yield from tree_walk(c, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
for depth, name in tree_walk(tree):
    print("  " * depth + name)
def minibatches(data, size):
    for start in range(0, len(data), size):
        yield data[start:start + size]
data = list(range(10))
print([sum(b) for b in minibatches(data, 4)], len(list(minibatches(data, 3))))
squares = (x * x for x in range(5))
evens = (x for x in squares if x % 2 == 0)
print(list(evens))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
