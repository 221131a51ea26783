# expect: NotImplementedError: 'await' is not supported
# at: line 4, column 12
def f(x):
    return await x
