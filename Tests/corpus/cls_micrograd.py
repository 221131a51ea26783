# A micrograd-style scalar autograd engine: dunder methods, closures as backward functions, a topological sort.
import math
import random


class Value:
    def __init__(self, data, children=(), op=""):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(children)
        self._op = op

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")

        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), "*")

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __pow__(self, k):
        out = Value(self.data ** k, (self,), f"**{k}")

        def _backward():
            self.grad += k * self.data ** (k - 1) * out.grad
        out._backward = _backward
        return out

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,), "tanh")

        def _backward():
            self.grad += (1 - t * t) * out.grad
        out._backward = _backward
        return out

    def backward(self):
        order, seen = [], set()

        def build(v):
            if v not in seen:
                seen.add(v)
                for child in v._prev:
                    build(child)
                order.append(v)
        build(self)
        self.grad = 1.0
        for v in reversed(order):
            v._backward()

    __radd__ = __add__

    def __rmul__(self, other):
        return self * other

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __truediv__(self, other):
        return self * other ** -1

    def __repr__(self):
        return f"Value(data={self.data:.6f}, grad={self.grad:.6f})"


a = Value(2.0)
b = Value(-3.0)
c = a * b + a ** 2 / 4
c.backward()
print(c, a, b)
x = Value(0.5)
y = (2 * x + 1).tanh()
y.backward()
print(y, x)


class Neuron:
    def __init__(self, n):
        self.w = [Value(random.uniform(-1, 1)) for _ in range(n)]
        self.b = Value(0.0)

    def __call__(self, xs):
        return sum((wi * xi for wi, xi in zip(self.w, xs)), self.b).tanh()

    def parameters(self):
        return self.w + [self.b]


random.seed(1)
neuron = Neuron(3)
data = [([2.0, 3.0, -1.0], 1.0), ([3.0, -1.0, 0.5], -1.0), ([0.5, 1.0, 1.0], -1.0), ([1.0, 1.0, -1.0], 1.0)]
for epoch in range(20):
    loss = sum(((neuron(xs) - target) ** 2 for xs, target in data), Value(0.0))
    for p in neuron.parameters():
        p.grad = 0.0
    loss.backward()
    for p in neuron.parameters():
        p.data -= 0.05 * p.grad
    if epoch % 5 == 0:
        print(epoch, round(loss.data, 6))
print([round(neuron(xs).data, 4) for xs, _ in data])
