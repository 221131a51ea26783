# np.correlate and np.convolve sum as NumPy does (ddot over the overlaps, kernels of up to 11 in order), so
# long ones agree to the last digit; np.gcd/np.lcm and np.ravel_multi_index.
import numpy as np
print(repr(np.ravel_multi_index((1, 2), (3, 5))), repr(np.ravel_multi_index(np.array([[0, 1], [2, 4]]), (3, 5))))
print(repr(np.ravel_multi_index(([0, 2], [1, 3]), (3, 5))), np.ravel_multi_index(([0, 2], 1), (3, 5)))
try:
    np.ravel_multi_index((3, 2), (3, 5))
except ValueError as e:
    print(e)
print(np.ravel_multi_index((3, 7), (3, 5), mode="wrap"), np.ravel_multi_index((3, 7), (3, 5), mode="clip"))
print(np.ravel_multi_index((3, 7), (3, 5), mode=("clip", "wrap")), np.ravel_multi_index((-1, -7), (3, 5), mode="wrap"))
try:
    np.ravel_multi_index((1,), (3, 5))
except ValueError as e:
    print(e)
i = np.ravel_multi_index(np.unravel_index(np.arange(6), (2, 3)), (2, 3))
print(i)
print(repr(np.gcd(12, 20)), repr(np.lcm(np.array([4, 6]), 10)), repr(np.gcd(-12, 8)), repr(np.lcm(-4, 6)))
print(repr(np.gcd(0, 0)), repr(np.lcm(0, 5)), repr(np.gcd(True, 4)), np.gcd(np.arange(12).reshape(3, 4), np.array([2, 3, 4, 6])))
print(np.lcm.__name__ if hasattr(np.lcm, "__name__") else "")
try:
    np.gcd(1.5, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    np.gcd(np.array([1.5]), np.array([2]))
except TypeError as e:
    print(type(e).__name__, e)
print(np.correlate([1, 2, 3], [0, 1, 0.5]), np.correlate([1, 2, 3], [0, 1, 0.5], mode="full"), np.correlate([1, 2, 3], [0, 1, 0.5], "same"))
print(np.correlate([1, 2], [3, 4, 5], "full"), np.correlate([1, 2, 3, 4], [1, 1]), np.correlate(np.arange(5), np.arange(5), "full"))
rng = np.random.default_rng(0)
x = rng.normal(size=50)
c = np.correlate(x, x, "full")
print(c[45:55])

rng = np.random.default_rng(3)
for t in range(12):
    n1 = int(rng.integers(1, 120))
    n2 = int(rng.integers(1, 60))
    a = rng.normal(size=n1)
    v = rng.normal(size=n2)
    for mode in ("full", "same", "valid"):
        print(np.convolve(a, v, mode).tolist()[:6], np.correlate(a, v, mode).tolist()[-6:])
