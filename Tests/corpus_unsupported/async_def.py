# expect: NotImplementedError: 'async' functions and loops are not supported
# at: line 3, column 1
async def f():
    return 1
