a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
[x, y], z = "ab", [1]
print(x, y, z)
first, *_, last = range(10)
print(first, last)
*heads, tail = [1]
print(heads, tail)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
for (k, v), n in zip({"x": 1, "y": 2}.items(), range(2)):
    print(k, v, n)
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
print([*range(3), *"ab"], (*[1, 2], 3), {*[1, 2], 3}, {**{"a": 1}, "b": 2})
x, y = y, x = 1, 2
print(x, y)
m = n = []
m.append(1)
print(m, n, m is n)
i = j = 5
i += 1
print(i, j)
coords = [(1, 2), (3, 4)]
print([a * b for a, b in coords], dict(coords), sorted(coords, key=lambda p: -p[1]))
s = "hello"
h, e, *rest = s
print(h, e, rest)
matrix = [[1, 2], [3, 4]]
(a1, a2), (b1, b2) = matrix
print(a1 + b2, a2 * b1)
print(*[1, 2, 3], sep="-")
print(*"abc")
def swap_pairs(xs):
    out = list(xs)
    for k in range(0, len(out) - 1, 2):
        out[k], out[k + 1] = out[k + 1], out[k]
    return out
print(swap_pairs([1, 2, 3, 4, 5]))
