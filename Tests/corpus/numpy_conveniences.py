# Small NumPy functions learners reach for: shape/ndim/size of anything, rot90 (a view), ediff1d,
# trim_zeros, nancumsum/nancumprod, iterable, NumPy 2's second names (np.acos is np.arccos, np.pow, ...),
# unique_counts, cumulative_sum/prod, the cosine windows, broadcast_shapes/arrays, array_equiv, extract.
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
print(np.unique_counts([3, 1, 3, 2]))
u = np.unique_counts(np.array([2.5, 2.5, -1.0])); print(u.values, u.counts, len(u))
print(np.cumulative_sum([1, 2, 3], include_initial=True), np.cumulative_prod(np.array([[1, 2], [3, 4]]), axis=1), np.cumulative_sum(np.array([[1.5, 2], [3, 4]]), axis=0, include_initial=True))
print(np.cumulative_sum(5), np.cumulative_prod([1.5, 2.0], dtype=float))
for M in (0, 1, 2, 5, 12):
    print(np.hamming(M), np.hanning(M), np.blackman(M), np.bartlett(M))
print(repr(np.blackman(7)), repr(np.hamming(10).sum()))
print(np.broadcast_shapes((3, 1), (1, 4)), np.broadcast_shapes((2,), (5, 1), ()), np.broadcast_shapes(), [x.shape for x in np.broadcast_arrays(np.arange(3)[:, None], np.arange(4))])
x, y = np.broadcast_arrays(np.array([[1], [2]]), np.array([10, 20, 30])); print(x, y)
print(np.array_equiv([1, 2], [[1, 2], [1, 2]]), np.array_equiv([1, 2], [1, 3]), np.array_equiv([1, 2], [[1], [2], [3]]), np.array_equiv([1, 2], [1, 2, 3]))
print(np.float_power(2, 3), np.float_power([2, 3], [-1, 0.5]), np.extract(np.array([1, 0, 1]) > 0, np.array([5, 6, 7])), np.extract(np.arange(6).reshape(2, 3) % 2 == 0, np.arange(6).reshape(2, 3) * 10))
for bad in (lambda: np.cumulative_sum(np.ones((2, 2))), lambda: np.broadcast_shapes((2,), (3,)), lambda: np.broadcast_arrays(np.ones(2), np.ones(3))):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for args in [((2,),(5,1),(3,)), ((3,),(5,1),(4,)), ((2,3),(4,3),(1,)), ((1,2),(3,),(3,2)), ((0,), (1,)), (3, (3, 1))]:
    try: print(np.broadcast_shapes(*args))
    except ValueError as e: print(e)
