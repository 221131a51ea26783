# NumPy's AxisError is a ValueError and an IndexError, in numpy.exceptions.
from numpy.exceptions import AxisError
import numpy as np
try:
    np.sum(np.ones((2, 2)), axis=3)
except Exception as e:
    print(type(e).__name__, type(e).__mro__, isinstance(e, ValueError), isinstance(e, IndexError))
try:
    np.sum(np.ones((2, 2)), axis=3)
except np.exceptions.AxisError as e:
    print("caught", e)
try:
    np.arange(4).reshape(2, 2).sum(axis=-3)
except AxisError as e:
    print("AxisError", e, isinstance(e, ValueError), isinstance(e, IndexError))
try:
    np.mean(np.ones(3), axis=1)
except IndexError as e:
    print("IndexError caught", type(e).__name__, e)
print(AxisError.__mro__[1:3], AxisError.__module__)
