# Generators whose loops, branches and try statements hold no yield: they run as in any function (numeric loops
# included), while the statements around a yield resume where they paused.
import numpy as np


def sums(rows):
    for row in rows:
        total = 0.0
        for i in range(len(row)):
            total += row[i] * 0.5
        if total > 3:
            label = "big"
        elif total > 1:
            label = "mid"
        else:
            label = "small"
        yield total, label


print(list(sums([[1, 2, 3], [0.5], [4, 4], []])))


def early(limit):
    n = 0
    while True:
        for k in range(10):
            if k == 3:
                continue
            if k == 7:
                break
            n += k
        else:
            n = -1000
        yield n
        if n > limit:
            for j in range(100):
                if j == 2:
                    return "done at %d" % j


g = early(40)
print(list(g))
g = early(40)
try:
    while True:
        print("next", next(g))
except StopIteration as e:
    print("stopped", e.value)


class Box:
    def __enter__(self):
        print("enter")
        return "box"

    def __exit__(self, *exc):
        print("exit", exc[0])
        return False


def guarded(xs):
    for x in xs:
        try:
            r = 10 // x
        except ZeroDivisionError as e:
            r = str(e)
        finally:
            pass
        with Box() as fh:
            first = fh.upper()
        yield r, first


print(list(guarded([5, 0, -3])))


def mixed(n):
    acc = np.zeros(3)
    for k in range(n):
        a = np.arange(3.0) * k
        for i in range(3):
            acc[i] += a[i]
        if k % 2 == 0:
            yield acc.copy()
        else:
            s = 0
            for v in acc:
                s += v
            yield s


for v in mixed(5):
    print(v)


def closing():
    try:
        for i in range(3):
            total = sum(j * j for j in range(i + 2))
            yield total
    finally:
        print("finally ran")


c = closing()
print(next(c), next(c))
c.close()
t = closing()
print(next(t))
try:
    t.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)


def sent():
    got = []
    for i in range(4):
        x = yield i
        if x is not None:
            for ch in str(x):
                got.append(ch)
    yield "".join(got)


s = sent()
print(next(s), s.send(12), s.send(None), s.send("ab"), next(s))
print([sum(v for v in range(k)) for k in range(5)], list(x * 2 for x in range(4) if x % 2))
