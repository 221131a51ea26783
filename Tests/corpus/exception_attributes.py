e = StopIteration()
print(e.value, ValueError('x').__traceback__)
try:
    raise SystemExit
except SystemExit as s:
    print(s.code)
try:
    raise KeyError('k')
except KeyError as k:
    print(k.args, repr(k), str(k), k.__cause__, k.__context__, k.__suppress_context__)
def gen():
    yield 1
    return 'done'
g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print(stop.value, stop.args)
