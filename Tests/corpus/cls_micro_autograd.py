# A scalar autograd engine (micrograd-style): operator overloading, closures as backward functions, topological sort.
import math

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

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, other):
        return self * other ** -1

    def backward(self):
        topo, seen = [], set()
        def build(v):
            if v not in seen:
                seen.add(v)
                for c in v._prev:
                    build(c)
                topo.append(v)
        build(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()

    def __repr__(self):
        return f"Value(data={self.data:.4f}, grad={self.grad:.4f})"

x1, x2 = Value(2.0), Value(0.0)
w1, w2 = Value(-3.0), Value(1.0)
b = Value(6.8813735870195432)
n = x1 * w1 + x2 * w2 + b
o = n.tanh()
o.backward()
print(o, x1, w1, x2, w2)
a = Value(3.0)
f = a * a + 2 * a + 1
f.backward()
print(f.data, a.grad)
c = Value(4.0)
g = (c - 1) / (c + 1) + (-c) ** 2
g.backward()
print(round(g.data, 6), round(c.grad, 6))
xs = [[2.0, 3.0], [3.0, -1.0], [0.5, 1.0]]
ys = [1.0, -1.0, 1.0]
ws = [Value(0.1), Value(-0.2)]
bias = Value(0.0)
for step in range(20):
    preds = [(sum((wi * xi for wi, xi in zip(ws, x)), bias)).tanh() for x in xs]
    loss = sum((p - y) ** 2 for p, y in zip(preds, ys))
    for p in ws + [bias]:
        p.grad = 0.0
    loss.backward()
    for p in ws + [bias]:
        p.data -= 0.1 * p.grad
    if step % 5 == 0:
        print(step, round(loss.data, 6))
print([round(p.data, 4) for p in preds])
