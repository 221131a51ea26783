# Element-wise math: ufuncs, rounding modes, clip, comparisons, integer vs float division.
import numpy as np

x = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5])
print(np.round(x), np.floor(x), np.ceil(x), np.trunc(x), np.rint(x), np.fix(x))
print(np.abs(x), np.sign(x), np.sqrt(np.abs(x)), np.square(x), np.exp(x[:2]), np.log1p(np.abs(x[:2])))
print(np.clip(x, -1, 1), np.maximum(x, 0), np.minimum(x, 0), np.fmax(x, np.nan)[:2])
a = np.array([7, -7, 9, 12])
b = np.array([2, 2, -4, 5])
print(a // b, a % b, np.mod(a, b), np.fmod(a, b), np.remainder(a, b), np.divmod(a, b), a / b)
print(np.power(a, 2), a ** 2, 2 ** np.arange(5), np.float_power(2, -1) if hasattr(np, "float_power") else 0.5)
print(np.sin(np.pi / 6), np.arctan2(1.0, -1.0), np.degrees(np.pi), np.radians(180), np.hypot(3, 4))
print(np.log(np.e), np.log2(8), np.log10(1000), np.exp2(3), np.expm1(1e-10))
print(np.isclose(0.1 + 0.2, 0.3), np.allclose([1, 2], [1, 2.0000001]), np.array_equal([1, 2], [1, 2]))
print(np.greater(a, b), np.equal(a, 7), np.logical_and(a > 0, b > 0), np.logical_not([True, False]))
print(np.isfinite([1, np.inf, np.nan]), np.isinf([np.inf, -np.inf, 0]), np.nan_to_num([np.nan, np.inf, -1]))
with np.errstate(divide="ignore", invalid="ignore"):
    r = np.array([1.0, -1.0, 0.0]) / 0.0
print(r)
print(np.add(1, 2), np.multiply([1, 2], [3, 4]), np.subtract(10, [1, 2]), np.negative([1, -1]), np.reciprocal([2.0, 4.0]))
print(np.floor_divide(7, 2), np.true_divide(7, 2), np.around(3.14159, 2), np.round(1234.5678, -2))
print(np.sum(np.arange(1, 101)), np.prod(np.arange(1, 11)), np.cumsum([1, 2, 3]) ** 2)
print(np.interp(2.5, [1, 2, 3], [10, 20, 30]), np.interp([0, 5], [1, 3], [1, 3]))
