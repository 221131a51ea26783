# NumPy's floor, ceil and trunc keep ints and bools as they are; an int's reciprocal is integer division.
import numpy as np
for f in (np.floor, np.ceil, np.trunc, np.reciprocal):
    print(f.__name__, repr(f(np.int64(3))), repr(f(3)))
print(repr(np.floor(np.array([True, False]))), repr(np.trunc(np.arange(3))), repr(np.ceil(-2)), repr(np.reciprocal(np.array([0, 1, -1, 2, -3]))))
