# Floor division and remainder of floats: arrays, NumPy scalars and Python floats share one rule (1.0 // 0.1 is 9.0), and
# the operators are NumPy's ufuncs by name.
import numpy as np
a = np.array([1.0, -1.0, 7.0, 0.3, -4.0, 4.0, 0.0, -0.0])
b = np.array([0.1, 0.1, -0.1, 0.1, 2.0, -2.0, 3.0, 3.0])
print(a // b)
print(a % b)
print(np.floor_divide(a, b), np.remainder(a, b), np.mod(a, b))
q, r = np.divmod(a, b)
print(q, r)
print(a // 2.0, a % 2.0, a % -2.0)
print(np.float64(-4.0) % 2.0, np.float64(-0.0) // 3.0, -4.0 % 2.0)
i = np.array([7, -7, 3, -3])
j = np.array([2, 2, -2, -2])
print(i // j, i % j, np.divmod(i, j))
print(i // 2, i % 3, -i % 4)
print(np.array([-0.0, 0.0, 2.0]) ** 0.5, np.array([1.5, -2.0]) ** 2)
print(np.fmod(a, b))
for x, y in [(1.0, 0.1), (-1.0, 0.1), (7.0, -0.1), (-4.0, 2.0), (5.5, 1.5)]:
    print(x // y, x % y, divmod(x, y), np.float64(x) // y, np.float64(x) % y)
a = np.array([1, 2, 8])
print(np.left_shift(a, 2), np.right_shift(a, 1), a << 1, a >> 2)
try:
    np.left_shift(np.array([1.0]), 1)
except TypeError as e:
    print("TypeError")
print(np.bitwise_and(a, 3), np.remainder(a, 3), np.true_divide(a, 4), np.mod(-a, 3))
