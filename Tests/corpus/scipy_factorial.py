# scipy.special.factorial: Γ(n + 1) as float64 for scalars and arrays (0 below zero, NaN kept), exact Python
# integers and int64 arrays, and SciPy's errors.
import numpy as np
from scipy.special import factorial
from scipy import special
for v in [0, 1, 2, 5, 10, 20, 25, 170, 171, -1, -3, 2.5, 0.5, -0.5, 1.0, 0.0, np.nan, None, np.int64(7), np.float64(3.5)]:
    print(repr(v), repr(factorial(v)))
for v in [0, 1, 5, 20, 30, -2, np.int64(12)]:
    print(repr(v), repr(factorial(v, exact=True)))
print(repr(factorial(np.arange(6))), repr(factorial(np.arange(6), exact=True)), repr(factorial([[1, 2], [3, -1]])))
print(repr(factorial(np.array([0.5, np.nan, -2.0, 4.0]))), repr(factorial(np.array(5))), repr(factorial(np.array([]))))
print(repr(special.factorial([3, 4, 5], exact=True)), repr(factorial(np.array([-1, 0, 1]), exact=True)))
for bad in [lambda: factorial(2.5, exact=True), lambda: factorial(np.array([1.0]), exact=True), lambda: factorial(True),
            lambda: factorial("3"), lambda: factorial(1j), lambda: factorial(3, extend="no"), lambda: factorial(3, exact=True, extend="complex"),
            lambda: factorial(np.array([True]))]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError", e)
