# expect: NotImplementedError: range() with a bound beyond 64-bit integers is not supported
# at: line 3, column 5
r = range(10**20)
