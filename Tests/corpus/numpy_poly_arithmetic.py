# np.polyder, np.polyint, np.polyadd, np.polysub, np.polymul on coefficient arrays (highest power first),
# with NumPy's dtypes, and scipy.special.erfcinv.
import numpy as np

p = np.array([3, 2, 1])
print(np.polyder(p), np.polyder(p, 2), np.polyder(p, 3), np.polyder(p, 0), np.polyder([1.5, 2.0, 3.0]))
print(np.polyint(p), np.polyint(p, 2), np.polyint(p, k=5), np.polyint(p, 2, k=[1, 2]), np.polyint(p, 3, k=7))
print(np.polyint(np.array([1.0]), 0), np.polyder(np.array([True, False, True])))
print(np.polyadd([1, 2], [9, 5, 4]), np.polyadd(p, 1.5), np.polysub([2, 10, -2], [3, 10, -4]), np.polysub(1, p))
print(np.polymul([1, 2, 3], [9, 5, 1]), np.polymul([0, 0, 1, 2], [3.0]), np.polymul([0], [1, 2]))
coef = np.polyfit([0.0, 1, 2, 3], [1.0, 3, 7, 13], 2)
print(np.round(np.polyder(coef), 6), np.round(np.polyint(coef), 6))
for f, args in [(np.polyder, (p, -1)), (np.polyint, (p, -1)), (np.polyint, (p, 3, [1, 2]))]:
    try:
        f(*args)
    except ValueError as e:
        print(e)
try:
    np.polymul(np.ones((2, 2)), [1])
except ValueError as e:
    print(e)

from scipy import special
print(special.erfcinv([0.0, 0.5, 1.0, 1.5, 2.0]), special.erfcinv(0.3), special.erfcinv([-1.0, 2.5, np.nan]))
print(special.erf(special.erfcinv(0.25)) + 0.75)
