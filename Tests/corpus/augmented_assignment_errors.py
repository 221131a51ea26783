# An augmented assignment that no rule takes names its own operator in the TypeError (+=, **=, <<=, @=).
def t(f):
    try:
        f()
    except TypeError as e:
        print(e)
def f1():
    a = 1.0
    a += "x"
def f2():
    a = 1.0
    a **= "x"
def f3():
    a = 1
    a <<= "x"
def f4():
    a = [1]
    a -= "x"
class V:
    pass
def f5():
    v = V()
    v += 1
def f6():
    s = {1}
    s |= [2]
def f7():
    a = 1.0
    a @= "x"
def f8():
    a = 2.0
    a //= "x"
for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    t(f)
