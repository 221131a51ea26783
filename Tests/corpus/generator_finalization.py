# Generators dropped while paused inside try or with are closed, so finally blocks and __exit__ run, in the
# order CPython runs them (its last reference going is the moment).
class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

def reader(name):
    with Managed(name):
        for i in range(5):
            yield i

def counted(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

for x in reader("file"):
    if x == 1:
        break
print("after with")

def first(gen):
    for x in gen:
        return x
print(first(counted("first")), "returned")

def outer():
    yield from counted("inner")
o = outer()
print(next(o))
o = None
print("after nested")

def catching():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
g = catching()
next(g)
del g
print("after catching")

unstarted = counted("never")
del unstarted
print("after unstarted")

done = counted("done")
print(list(done))
del done
print("after finished")

def loop_many():
    total = 0
    for k in range(3):
        for x in counted(k):
            total += x
            break
    return total
print(loop_many())

try:
    for x in counted("error"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
print("end")

def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)
for x in g("a"):
    break
print("after a")
it = g("b")
next(it)
del it
print("after b")
def h():
    for x in g("c"):
        return x
print(h(), "after c")
gen = g("d")
print(next(gen))
gen = None
print("after d")
