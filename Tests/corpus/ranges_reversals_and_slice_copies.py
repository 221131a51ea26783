# range() and reversed() called directly (one or two arguments take a fast path), and list/tuple slices,
# concatenation and slice assignment, which copy items without sharing later writes.


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Countdown:
    def __init__(self, n):
        self.n = n

    def __reversed__(self):
        return iter(range(self.n))


class Seq:
    def __getitem__(self, i):
        return i * 10

    def __len__(self):
        return 4


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for args in [(5,), (2, 7), (7, 2), (-3,), (0, 10, 3), (10, 0, -4)]:
    r = range(*args)
    print(args, r, list(r), len(r), list(reversed(r)))
print(range(Index(4)), range(Index(1), Index(3)), list(range(True)), range(2, False))
show("float one", lambda: range(2.0))
show("float two", lambda: range(1, 2.5))
show("float first of two", lambda: range(1.5, "x"))
show("str", lambda: range("3"))
show("none second", lambda: range(1, None))
show("zero step", lambda: range(1, 5, 0))
show("no args", lambda: range())
show("four args", lambda: range(1, 2, 3, 4))
show("keyword", lambda: range(stop=3))
print(range(2**62, 2**63 - 1, 2**61), len(range(-(2**62), 2**62, 2**60)))

for x in [[1, 2, 3], (4, 5), "abc", range(3), {"a": 1, "b": 2}, Countdown(3), Seq()]:
    print(type(x).__name__, list(reversed(x)))
show("reversed int", lambda: reversed(5))
show("reversed set", lambda: reversed({1, 2}))
show("reversed none", lambda: list(reversed(None)))
show("reversed two", lambda: reversed([1], [2]))
it = reversed([1, 2, 3])
print(type(it).__name__, next(it), list(it), type(reversed((1,))).__name__, type(reversed(range(2))).__name__)

rs = []
for n in range(4):
    for i in reversed(range(n)):
        rs.append((n, i))
print(rs)


def gen(n):
    cycles = list(range(n))
    for i in reversed(range(n)):
        cycles[i] -= 1
        yield i, cycles[:]


print(list(gen(3)))

xs = list(range(8))
a = xs[:]
b = xs[2:5]
c = xs[:8]
a[0] = "a"
b[0] = "b"
c[1] = "c"
print(xs, a, b, c, a is xs, c is xs)
t = tuple(xs)
print(t[:], t[:] is t, t[1:3], t[5:], t[:0], t[10:])
joined = xs + ["x"]
joined[0] = -1
print(xs, joined, (1, 2) + (3,), () + (), [] + [], xs[3:3] + xs[7:])
ys = list(range(7))
for i in range(len(ys)):
    ys[i:] = ys[i + 1:] + ys[i:i + 1]
    print(ys)
zs = list(range(5))
zs[1:3] = ["p", "q", "r", "s"]
print(zs)
zs[1:5] = []
print(zs)
zs[0:0] = (9, 8)
print(zs)
zs[:] = zs
print(zs)
zs[1:2] = zs
print(zs)
big = list(range(100))
big[10:90] = [0]
print(len(big), big[:12])
big[1:3] = big[5:7]
print(big[:12])
nested = [[1], [2], [3]]
copy = nested[0:2]
copy[0].append(99)
print(nested, copy)
t = (1, 2, 3); s = "hello"
print(t[:] is t, t[::1] is t, t[0:3] is t, t[0:10] is t, s[:] is s, s[::1] is s, s[0:5] is s)
i = 0
print(t[i:] is t, s[i:] is s)
print(t[::-1] is t, t[1:] is t, s[::-1] is s, s[:-1] is s, t[-10:10] is t, s[-10:] is s)


class Loud:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("index", self.n)
        return self.n


print(t[Loud(0):Loud(3)] is t, t[Loud(1):], s[Loud(0):Loud(5)] is s, [1, 2, 3][Loud(1):Loud(2)])
