# Edge cases of the engine's in-place fast paths: containers read where the frame holds them, instance attribute
# caches, callables stored on instances, and the order Python evaluates container, index and value.
import numpy as np


def shrink_during_update():
    xs = [1, 2, 3]

    def pop_all():
        xs.clear()
        return 5
    try:
        xs[2] += pop_all()
    except IndexError as e:
        print("IndexError", e)
    return xs


print(shrink_during_update())


def rebinding_index():
    xs = [10, 20, 30]
    ys = xs
    print(xs[(xs := [7, 8, 9])[0] - 7], xs, ys)
    xs[(xs := [1, 2])[0]] = 99
    print(xs, ys)


rebinding_index()


def unbound_container():
    try:
        print(zs[0])
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        zs[0] = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        zs[0] += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    zs = [0]
    return zs


print(unbound_container())


def arrays_and_lists():
    a = np.zeros(4)
    v = [0.5, 1.5, 2.5]
    for k in range(3):
        a[k] += v[k] * 2
        v[k] -= a[k]
        v[-1] *= 2
    b = np.arange(6).reshape(2, 3)
    row = b[1]
    row[0] += 100
    ints = np.array([1, 2, 3])
    ints[0] += 2.7
    return a, v, b, ints


print(arrays_and_lists())


class Worker:
    def __init__(self, fn, scale):
        self.fn = fn
        self.scale = scale

    def run(self, x):
        return self.fn(x) * self.scale


def double(x):
    return 2 * x


w = Worker(double, 3)
print([w.run(i) for i in range(4)])
w.fn = lambda x: x - 1
print([w.run(i) for i in range(4)])
Worker.fn = staticmethod(lambda x: 1000)
print(w.run(1))
del w.fn
print(w.run(1))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


class Loud(Counter):
    def bump(self):
        return -super().bump()


items = [Counter(), Loud(), Counter()]
print([c.bump() for c in items for _ in range(2)])
Counter.bump = lambda self: 42
print([c.bump() for c in items])


def shadowed_global_call():
    return helper(3)


def helper(x):
    return x + 1


print(shadowed_global_call())
helper = len
try:
    shadowed_global_call()
except TypeError as e:
    print("TypeError", e)
helper = lambda x: x * 10
print(shadowed_global_call())
