# Iteration: enumerate/zip variants, iter with sentinel, next with default, unpacking in loops, reversed and ranges.
names = ["ana", "bo", "cy"]
scores = [88, 92, 79]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(i, n, s)
print(list(zip(names, scores, "xyz")), list(zip(names, [1])), dict(zip(names, scores)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
data = [5, 3, 0, 7]
pos = iter(data)
print(list(iter(lambda: next(pos), 0)))
print(list(range(10, 0, -3)), list(range(0)), range(2, 20, 4)[2], len(range(0, 100, 7)), 14 in range(0, 100, 7))
print(list(reversed(range(5))), list(reversed("abc")), range(5)[::-1], range(1, 10)[2:5])
r = range(3)
print(r, repr(r), list(r) == [0, 1, 2], r.start, r.stop, r.step, r.index(2), r.count(5))
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    for v in row:
        if v == 5:
            break
    else:
        print("no five in", row)
        continue
    print("found five in", row)
total = 0
for k, v in {"a": 1, "b": 2}.items():
    total += v
print(total)
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in []), any([]), all([[], [1]]))
print(sorted(zip(scores, names), reverse=True)[0], max(zip(scores, names)), min(enumerate(scores), key=lambda t: t[1]))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(filter(None, [0, 1, "", "x", None, []])))
it2 = iter(range(10))
print(list(zip(it2, it2)))
print(sum(1 for _ in range(1000) if _ % 7 == 0), list(enumerate("ab", 5)))
evens = (n for n in range(10) if n % 2 == 0)
print(3 in evens, list(evens))
while True:
    line = next(iter(["stop"]))
    if line == "stop":
        break
print("left loop", line)
i = 0
while i < 3:
    i += 1
else:
    print("while-else ran", i)
