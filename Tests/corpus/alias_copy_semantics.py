# References, shallow and deep copies: nested lists, dicts of lists, default arguments, objects in containers.
import copy

grid = [[0, 0], [0, 0]]
alias = grid
shallow = grid.copy()
sliced = grid[:]
deep = copy.deepcopy(grid)
grid[0][0] = 1
grid.append([9, 9])
print(alias, shallow, sliced, deep)
print(alias is grid, shallow is grid, shallow[0] is grid[0], deep[0] is grid[0])
params = {"w": [1.0, 2.0], "b": [0.0]}
snapshot = copy.copy(params)
frozen = copy.deepcopy(params)
def sgd_step(p, lr):
    for k in p:
        for i in range(len(p[k])):
            p[k][i] -= lr
sgd_step(params, 0.5)
print(params, snapshot, frozen)

class Layer:
    def __init__(self, weights):
        self.weights = weights

l1 = Layer([1, 2])
l2 = copy.copy(l1)
l3 = copy.deepcopy(l1)
l1.weights.append(3)
print(l2.weights, l3.weights, l2 is l1, l2.weights is l1.weights)
layers = [l1] * 2
layers[0].weights = [0]
print([l.weights for l in layers])
def rebind(x):
    x = [100]
    return x
def mutate(x):
    x.append(100)
    return x
data = [1]
rebind(data)
print(data)
mutate(data)
print(data)
t = ([1], 2)
t[0].append(5)
print(t)
try:
    t[0] += [6]
except TypeError as e:
    print("TypeError:", e)
print(t)
s = "abc"
u = s
u += "d"
print(s, u)
n = 10
m = n
m += 1
print(n, m)
a = b = []
a.append(1)
print(b, a is b)
matrix = [[0] * 2 for _ in range(2)]
row = matrix[0]
row[1] = 7
print(matrix)
d = {"k": [1]}
v = d["k"]
v += [2]
print(d)
nested = {"a": {"b": [1, 2]}}
c1 = copy.deepcopy(nested)
c1["a"]["b"].append(3)
print(nested, c1)
