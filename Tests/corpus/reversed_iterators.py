# reversed() over ranges, lists (changed under the walk), tuples, strs and user sequences, with its iterator types.
xs = [1, 2, 3, 4, 5]
out = []
for x in reversed(xs):
    out.append(x)
    if x == 4:
        xs.pop()
        xs.pop()
        xs.pop()
print(out)
xs = [1, 2, 3]
it = reversed(xs)
print(next(it))
xs.clear()
print(list(it))
xs = [1, 2, 3]
it = reversed(xs)
print(next(it))
xs.append(9)
print(list(it))
print(type(reversed(range(3))), type(reversed([1])), type(reversed((1,))), type(reversed("ab")))
for r in [range(5), range(1, 10, 3), range(10, 0, -4), range(0), range(-3, 3), range(5, 5), range(2**62, 2**62 + 3)]:
    print(list(reversed(r)), list(reversed(r)) == list(r)[::-1])
print(list(reversed((1, 2, 3))), "".join(reversed("hello")), list(reversed({"a": 1, "b": 2})))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, k):
        if k >= 3:
            raise IndexError(k)
        return k * 10


print(list(reversed(Seq())))


def gen():
    for i in reversed(range(4)):
        yield i
    for c in reversed("ab"):
        yield c


print(list(gen()))
it = reversed(range(3))
print(next(it), list(it), list(it))
