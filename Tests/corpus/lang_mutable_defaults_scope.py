# Scope rules: LEGB, class bodies, comprehension scopes, shadowed builtins, name errors.
x = "global"

def f():
    x = "enclosing"
    def g():
        return x
    return g()

print(f(), x)

class C:
    y = 10
    doubled = [y * 2 for _ in range(2)] if False else None
    z = y * 3

    def method(self):
        return self.y, C.z

print(C().method(), C.y)

def uses_builtin():
    return len([1, 2, 3])

def shadows_builtin():
    len = lambda s: 42
    return len([1])

print(uses_builtin(), shadows_builtin(), len("abc"))
sum_ = sum
def total(xs):
    return sum_(xs)
print(total([1, 2]))
squares = [i * i for i in range(4)]
print(squares, "i" in dir())
i = 99
evens = [i for i in range(6) if i % 2 == 0]
print(evens, i)
def counter():
    counter.calls = getattr(counter, "calls", 0) + 1
    return counter.calls
counter()
counter()
print(counter())
def outer():
    results = []
    for k in range(3):
        def inner(k=k):
            return k * 10
        results.append(inner)
    return [r() for r in results]
print(outer())
def make():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add
a1 = make()
a2 = make()
print(a1(1), a1(2), a2(3))
try:
    print(undefined_thing)
except NameError as e:
    print("NameError:", e)
def local_before_assign():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        return str(e)
print(local_before_assign())
g = 0
def change():
    global g
    g += 5
change()
change()
print(g)
