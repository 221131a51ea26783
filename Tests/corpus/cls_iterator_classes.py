# Iterator and iterable classes: __iter__/__next__, reusable iterables, generators as __iter__, a range clone.
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

c = Countdown(3)
print(list(c), list(c), next(Countdown(1)))

class MyRange:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        i = self.start
        while (self.step > 0 and i < self.stop) or (self.step < 0 and i > self.stop):
            yield i
            i += self.step

    def __len__(self):
        return max(0, (self.stop - self.start + self.step - (1 if self.step > 0 else -1)) // self.step)

    def __reversed__(self):
        return iter(list(self)[::-1])

r = MyRange(0, 10, 3)
print(list(r), list(r), len(r), list(reversed(r)), sum(r), max(r), 6 in r, list(MyRange(5, 0, -2)), len(MyRange(5, 0, -2)))

class Batches:
    def __init__(self, data, size):
        self.data, self.size = data, size

    def __iter__(self):
        for i in range(0, len(self.data), self.size):
            yield self.data[i:i + self.size]

for epoch in range(2):
    print(epoch, [b for b in Batches(list(range(7)), 3)])

class Fib:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return FibIterator(self.n)

class FibIterator:
    def __init__(self, n):
        self.a, self.b, self.left = 0, 1, n

    def __iter__(self):
        return self

    def __next__(self):
        if self.left == 0:
            raise StopIteration
        self.left -= 1
        self.a, self.b = self.b, self.a + self.b
        return self.a

f = Fib(10)
print(list(f), sum(f), dict(enumerate(Fib(3))), list(zip(Fib(3), "abc")), sorted(Fib(6), reverse=True))
it = iter(f)
print(next(it), next(it), list(it))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), [x for x in Squares() if x % 2])
