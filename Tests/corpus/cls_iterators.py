class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
for x in Countdown(2):
    print("tick", x)


class Range2:
    """An iterable (not an iterator): each for loop gets a fresh iterator."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * i
            i += 1

    def __len__(self):
        return self.n

    def __contains__(self, v):
        return any(v == i * i for i in range(self.n))


r = Range2(5)
print(list(r), list(r), len(r), 9 in r, 10 in r, sum(r), max(r))
print(sorted(r, reverse=True), [a + b for a, b in zip(r, r)])


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        return f"Matrix({self.rows})"


m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], m, len(m), list(m))
print(m == Matrix([[1, 20], [3, 4]]), m == [[1, 20], [3, 4]], m != Matrix([[0]]))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
reader = iter(["a", "b", "", "c"].pop, "")
print(list(iter(lambda: 1, 1)))


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


print(list(Fib(100)))
print(dict(enumerate(Fib(10))))
e = enumerate("abc", start=1)
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
g = (x * 2 for x in range(4))
print(next(g), list(g))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(reversed("abc")))


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq())
