# Slices with int or absent bounds (read and assigned), reversed ranges in for loops, and the order range()'s
# arguments are evaluated in.
import numpy as np


def f(x):
    print("f", x)
    return x


for i in range(f(1), f(7), f(2)):
    print(i)
for i in reversed(range(f(1), f(7), f(2))):
    print(i)
for i in reversed(range(5)):
    print(i, end=" ")
print()
for i in reversed(range(10, -3, -4)):
    print(i, end=" ")
print()
for i in reversed(range(-2, 3)):
    print(i, end=" ")
print()
for i in reversed(range(0)):
    print("never")
else:
    print("else ran")
for i in reversed(range(6)):
    if i == 2:
        break
    if i == 4:
        continue
    print("body", i)
else:
    print("no else after break")


def countdown():
    for i in reversed(range(3)):
        yield i


print(list(countdown()))
try:
    for i in reversed(range(1, 2, 0)):
        pass
except ValueError as e:
    print("ValueError", e)
try:
    for i in reversed(range(1.5)):
        pass
except TypeError as e:
    print("TypeError", e)


def shadowing():
    reversed = lambda r: [9, 8]
    for i in reversed(range(3)):
        print("shadowed", i)


shadowing()
reversed = lambda r: ["global", "shadow"]
for i in reversed(range(3)):
    print(i)
del reversed
range = lambda *a: [42]
for i in reversed(range(3)):
    print("range shadowed", i)
del range

xs = [1, 2, 3, 4, 5]
t = (1, 2, 3)
s = "hello"
print(xs[1:3], xs[:2], xs[3:], xs[-2:], xs[:-9], xs[9:], xs[True:], xs[2:1], xs[-100:100])
print(t[1:], t[:0], t[-2:], s[1:3], s[-3:], s[:], s[4:2], "héllo"[1:3])
print(xs[np.int64(1):np.int64(3)], xs[None:2], xs[2:None])


class Index:
    def __index__(self):
        return 2


print(xs[Index():], xs[:Index()], t[Index():], s[:Index()])
xs[1:3] = [9]
print(xs)
xs[:0] = (7, 7)
print(xs)
xs[-1:] = []
print(xs)
xs[2:] = xs
print(xs)
xs[1:2] = "ab"
print(xs)
xs[Index():] = [0]
print(xs)
xs[5:] = range(3)
print(xs)
xs[:] = (x * 2 for x in [1, 2])
print(xs)
for bad in [5, None, 2.5]:
    try:
        xs[1:2] = bad
    except TypeError as e:
        print("TypeError", e)
try:
    xs["a":] = [1]
except TypeError as e:
    print("TypeError", e)
try:
    print(t["a":])
except TypeError as e:
    print("TypeError", e)
try:
    five = 5
    print(five[1:2])
except TypeError as e:
    print("TypeError", e)
ys = [0, 1, 2, 3, 4, 5, 6]
for k in range(5):
    ys[2:] = ys[3:] + ys[2:3]
    print(ys, ys[k:], ys[:k])
aliased = ys
ys[1:3] = ys[4:]
print(aliased is ys, aliased)
print([1, 2, 3][1:][::-1], (1, 2, 3)[::2], "abcdef"[1:5:2], list(range(10))[2:8][1:3])
print(np.arange(6)[1:4], range(10)[2:5])


class Seq:
    def __getitem__(self, k):
        return ("item", k.start, k.stop, k.step)


print(Seq()[1:2], Seq()[:], Seq()["a":])
