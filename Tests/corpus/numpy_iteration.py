# Walking arrays index by index: ndindex, ndenumerate, apply_along_axis (NumPy's transposed result view),
# s_ and index_exp, and resize.
import numpy as np

for i, v in np.ndenumerate(np.array([[1, 2], [3, 4]])):
    print(i, v, repr(v))
print(list(np.ndindex(2, 3)), list(np.ndindex((1, 2))), list(np.ndindex()))
print(list(np.ndenumerate(np.array([0.5, 1.5]))), list(np.ndindex(0, 3)))
total = 0
for idx in np.ndindex(3, 4):
    total += idx[0] * 10 + idx[1]
print(total)

m = np.arange(12.0).reshape(3, 4)
print(np.apply_along_axis(np.sum, 0, m))
print(np.apply_along_axis(np.sum, 1, m))
print(repr(np.apply_along_axis(np.sum, 0, np.arange(3))))
print(np.apply_along_axis(lambda v: v * 2, 0, np.arange(6).reshape(2, 3)))
print(np.apply_along_axis(lambda v: v[::-1], 1, m))
print(np.apply_along_axis(lambda v: (v - v.mean()) / v.std(), 1, m))
print(np.apply_along_axis(lambda v, k: np.sort(v)[-k:], 1, np.array([[3, 1, 2], [9, 7, 8]]), 2))
print(np.apply_along_axis(lambda v, scale=1: v.max() * scale, 0, m, scale=3))
r = np.apply_along_axis(lambda v: np.array([v.min(), v.max()]), 1, m)
print(r, r.shape, r.T @ np.ones(3))
cube = np.arange(24).reshape(2, 3, 4)
print(np.apply_along_axis(lambda v: v.sum(), 1, cube))
print(np.apply_along_axis(lambda v: v[:2], 1, cube).shape)

print(np.s_[1:3, ::2], np.index_exp[2], np.s_[2], np.index_exp[1:2, 3])
print(m[np.s_[1:, ::2]])
print(np.resize(np.array([1, 2, 3]), (2, 4)), np.resize(np.array([1.5]), 3), repr(np.resize(np.array([], dtype=int), 3)))
print(np.resize(np.array([[1, 2], [3, 4]]), 3), np.resize(np.array([True, False]), (2, 3)))
