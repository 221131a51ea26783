x = "global"
def f():
    return x
def g():
    x = "local"
    return x, f()
print(g(), x)
def h():
    try:
        print(y)
    except NameError as e:
        print("NameError", e)
h()
def unbound():
    try:
        print(z)
        z = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
unbound()
class A:
    value = 1
    items = [value * i for i in range(3)] if False else [1, 2]
    def method(self):
        return self.value
print(A().method(), A.items)
def make():
    funcs = []
    for i in range(3):
        def inner(i=i):
            return i * 10
        funcs.append(inner)
    return funcs
print([fn() for fn in make()])
def shadow():
    list = [1, 2]
    return len(list)
print(shadow(), list("ab"))
def outer():
    n = 0
    def add():
        nonlocal n
        n += 1
    for _ in range(3):
        add()
    return n
print(outer())
counter = 0
def incr():
    global counter
    counter += 1
    return counter
print(incr(), incr(), counter)
print([i for i in range(3)], "i" in globals())
squares = {n: n * n for n in range(3)}
print(squares, "n" in dir())
lam = lambda: [x for x in range(2)]
print(lam())
def closure_in_loop():
    result = []
    for i in range(3):
        result.append(lambda: i)
    return [f() for f in result]
print(closure_in_loop())
def gen_scope():
    k = 5
    return list(k * j for j in range(3))
print(gen_scope())
class B:
    x = 10
    def get(self):
        return x
print(B().get())
