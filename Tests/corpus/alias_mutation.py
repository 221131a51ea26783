def update(params, grads, lr):
    for k in params:
        params[k] -= lr * grads[k]
params = {"w": 1.0, "b": 0.5}
update(params, {"w": 0.2, "b": -0.1}, 0.5)
print(params)
def append_to(lst, x):
    lst.append(x)
data = [1]
append_to(data, 2)
print(data)
def rebind(lst):
    lst = [99]
    return lst
print(rebind(data), data)
a = [[1, 2], [3, 4]]
row = a[0]
row[1] = 7
print(a)
b = a
b[1] = "replaced"
print(a)
c = list(a)
c[0] = "copy"
print(a, c)
class Body:
    def __init__(self, x, v):
        self.x = x
        self.v = v
bodies = [Body(0.0, 1.0), Body(10.0, -1.0)]
for step in range(3):
    for i in range(len(bodies)):
        bi = bodies[i]
        bi.x += bi.v * 0.5
print([b.x for b in bodies])
shared = {"count": 0}
def inc(d):
    d["count"] += 1
for _ in range(5):
    inc(shared)
print(shared)
matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    matrix[i][i] = 1
print(matrix)
t = ([1], [2])
t[0].append(5)
print(t)
s = {"a": [1]}
alias = s["a"]
alias += [2]
print(s)
x = 5
y = x
y += 1
print(x, y)
l1 = [1, 2]
l2 = l1
l2 += [3]
print(l1, l1 is l2)
t1 = (1, 2)
t2 = t1
t2 += (3,)
print(t1, t2, t1 is t2)
words = ["a", "b"]
upper = words
upper = [w.upper() for w in upper]
print(words, upper)
def fill(grid, v):
    for row in grid:
        for j in range(len(row)):
            row[j] = v
g = [[0, 0], [0, 0]]
fill(g, 3)
print(g)
class Param:
    def __init__(self, value):
        self.value = value
        self.grad = 0.0
ps = [Param(1.0), Param(2.0)]
gs = [0.5, -0.5]
for p, g in zip(ps, gs):
    p.grad = g
    p.value -= 0.1 * p.grad
print([round(p.value, 6) for p in ps])
