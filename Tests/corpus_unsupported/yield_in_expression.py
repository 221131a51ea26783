# expect: NotImplementedError: 'yield' is supported as a statement (`yield x`, `x = yield y`), not inside a larger expression
# at: line 4, column 11
def g():
    print((yield 1))
list(g())
