# Small NumPy functions learners reach for: shape/ndim/size of anything, rot90 (a view), ediff1d,
# trim_zeros, nancumsum/nancumprod, iterable, and NumPy 2's second names (np.acos is np.arccos, np.pow, ...).
import numpy as np
a = np.arange(12).reshape(3, 4)
print(np.shape(a), np.shape([[1, 2, 3]]), np.shape(5), np.ndim(a), np.ndim([1, 2]), np.ndim(3.0), np.size(a), np.size(a, 1), np.size([[1, 2], [3, 4]], -1), np.size(7))
print(np.rot90(a)); print(np.rot90(a, 2)); print(np.rot90(a, -1)); print(np.rot90(a, 3, axes=(1, 0)))
b = np.arange(24).reshape(2, 3, 4); print(np.rot90(b, 1, axes=(1, 2)).shape, np.rot90(b, 1, (0, 2))[0])
r = np.rot90(a); r[0, 0] = 99; print(a[0, 3])
print(np.ediff1d([1, 2, 4, 7, 0]), np.ediff1d(np.array([[1, 2], [4, 7]])), np.ediff1d([1, 2, 4], to_begin=-99, to_end=np.array([88, 99])), np.ediff1d([1.5, 2.0], to_end=[3]))
print(np.trim_zeros(np.array([0, 0, 0, 1, 2, 3, 0, 2, 1, 0])), np.trim_zeros(np.array([0, 0, 0, 1, 2, 3, 0, 2, 1, 0]), 'b'), np.trim_zeros([0, 1, 2, 0]), np.trim_zeros(np.zeros(3)), np.trim_zeros(np.array([[0, 0, 0], [0, 1, 0], [0, 2, 0], [0, 0, 0]])))
t = np.array([0.0, np.nan, 2.0, np.nan, 3.0])
print(np.nancumsum(t), np.nancumprod(t), np.nancumsum([[1, np.nan], [3, 4]], axis=0), np.nancumsum([1, 2, 3]))
print(np.acos(0.0), np.asin(1.0), np.atan2(1.0, 1.0), np.pow(2.0, 10), np.concat([[1], [2, 3]]), np.permute_dims(a).shape, np.acos is np.arccos, np.pow is np.power, np.euler_gamma)
print(np.iterable([1]), np.iterable(3), np.iterable("ab"), np.iterable(a))
for bad in (lambda: np.rot90(a, axes=(0, 0)), lambda: np.rot90(a, axes=(0,)), lambda: np.rot90(a, axes=(0, 5)), lambda: np.trim_zeros([0, 1], 'x'), lambda: np.ediff1d([1, 2], to_end=[1.5]), lambda: np.size(a, 3)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
