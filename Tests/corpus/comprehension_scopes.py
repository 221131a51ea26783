# Comprehensions read the enclosing function's variables in place (no cells) yet keep Python 3.11's semantics: closures
# made inside still capture, an unassigned variable is the free-variable NameError, := binds outside.
def f(n):
    xs = list(range(n))
    ys = [x * 2 for x in xs if x % 2]
    fs = [lambda: x for x in xs]
    gs = [lambda: k for k in xs]
    nested = [[x + y for y in xs[:3]] for x in xs[:3]]
    closures = [[lambda: x + y for y in xs[:2]] for x in xs[:2]]
    total = sum(x for x in xs)
    d = {x: [y for y in xs if y < x] for x in xs[:4]}
    s = {x * n for x in xs}
    return ys, [g() for g in fs], [g() for g in gs], nested, [[c() for c in row] for row in closures], total, d, sorted(s)
print(f(5))
def g():
    base = 10
    out = [base + i for i in range(3)]
    base = 20
    out2 = [(lambda: base)() for _ in range(2)]
    h = lambda: base
    base = 30
    return out, out2, h()
print(g())
def unbound_in_comp():
    try:
        return [later for _ in range(1)]
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
print(unbound_in_comp())
def walrus():
    data = [1, 5, 2, 8]
    hits = [y for x in data if (y := x * 2) > 4]
    return hits, y
print(walrus())
class C:
    k = 3
    vals = [i for i in range(3)]
    def m(self):
        return [self.k * i for i in self.vals]
print(C().m())
