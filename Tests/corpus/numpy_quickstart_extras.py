# Pieces of NumPy's quickstart and common tutorials: np.r_ with slices, cumsum/cumprod dtype=, astype's
# copy= and casting=, and percentile/quantile's method= and keepdims=.
import numpy as np

print(np.r_[1:4, 0, 4])
print(np.r_[-1:1:6j, [0] * 3, 5, 6])
print(np.r_[0:10:3], np.r_[:3], np.r_[2.5:4], np.r_[1:2:3j])
print(np.c_[np.array([1, 2, 3]), np.array([4, 5, 6])])

print(np.cumsum(np.array([1, 2, 3]), dtype=float), np.cumsum([True, True, False], dtype=float))
print(np.cumsum(np.array([1.5, 2.5, 3.9]), dtype=int), np.cumprod(np.array([1, 2, 3]), dtype=float))
print(np.cumsum(np.array([[1, 2], [3, 4]]), axis=0, dtype=np.float64), np.arange(4).cumsum(dtype=float))
print(np.array([[1, 2], [3, 4]]).cumprod(axis=1, dtype=float))

a = np.arange(3.0)
print(a.astype(float, copy=False) is a, a.astype(int, copy=False), a.astype(float) is a)
print(np.arange(3).astype(float, casting="safe"), np.array([True]).astype(int, casting="same_kind"))
for rule in ["no", "equiv", "safe", "same_kind", "unsafe", "bad"]:
    try:
        print(rule, a.astype(int, casting=rule))
    except (TypeError, ValueError) as e:
        print(rule, type(e).__name__, e)

x = np.arange(10)
print(np.percentile(x, [30, 55], method="nearest"), np.quantile(x * 1.0, 0.35, method="midpoint"))
print(np.percentile(x, 35, method="lower"), np.percentile(x, 35, method="higher", keepdims=True))
print(np.percentile(x, [25, 50, 75], method="linear"), np.quantile(x, 0.5, keepdims=True))
m = np.arange(12).reshape(3, 4)
print(np.percentile(m, 50, axis=0, method="nearest"), np.percentile(m, 50, axis=1, method="midpoint"))
print(np.quantile(m, [0.1, 0.9], axis=1, method="lower"), np.quantile(m, 0.5, axis=0, keepdims=True))
print(np.percentile(np.array([2.5, 0.5, 1.5, 3.5]), 50, method="nearest"))
print(np.percentile([1.0, 2.0, 3.0, 4.0], [12.5, 37.5, 62.5, 87.5], method="nearest"))
try:
    np.percentile([1, 2, 3], 50, method="foo")
except ValueError as e:
    print(e)
