# Closures: late binding in loops, default-argument capture, nonlocal state, counters and accumulators.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])

def counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = counter(10)
inc()
inc(5)
print(get(), inc(), get())
inc2, get2 = counter()
print(get2(), get())

def make_averager():
    series = []
    def averager(value):
        series.append(value)
        return sum(series) / len(series)
    return averager

avg = make_averager()
print(avg(10), avg(11), avg(12), avg.__closure__ is not None)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()
print(outer())

def ema(alpha):
    state = None
    def update(x):
        nonlocal state
        state = x if state is None else alpha * x + (1 - alpha) * state
        return round(state, 6)
    return update

smooth = ema(0.3)
print([smooth(v) for v in [10, 12, 11, 15, 9]])
x = 1
def read_global():
    return x
def shadow():
    x = 2
    return x
print(read_global(), shadow(), x)
def broken():
    try:
        print(y_undefined)
    except NameError as e:
        return str(e)
print(broken())
def unbound():
    try:
        z = z + 1
    except UnboundLocalError as e:
        return type(e).__name__, isinstance(e, NameError)
print(unbound())
adders = {}
for name, n in [("one", 1), ("two", 2)]:
    def add(v, n=n):
        return v + n
    adders[name] = add
print(adders["one"](10), adders["two"](10))
def compose2(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
print(compose2(lambda v: v + 1, lambda v: v * 2, str)(4))
