# np.pad in its five index modes (constant with per-axis fills, edge, wrap, reflect, symmetric), pads wider
# than the array, every pad_width form, and NumPy's errors.
import numpy as np
a = np.arange(1, 4)
m = np.arange(6).reshape(2, 3)
f = np.array([[1.5, -2.0], [0.25, 4.0]])
for mode in ["constant", "edge", "wrap", "reflect", "symmetric"]:
    for w in [0, 1, 2, 5, 8, (1, 3), ((0, 4),)]:
        print(mode, w, np.pad(a, w, mode=mode))
    print(mode, np.pad(m, ((1, 2), (3, 1)), mode))
    print(mode, np.pad(m, 4, mode))
    print(mode, np.pad(f, (2, 1), mode))
    print(mode, np.pad(np.array([7]), 3, mode), np.pad(np.array([True, False]), 3, mode))
print(np.pad(m, 1, constant_values=9), np.pad(m, ((1, 1), (2, 2)), constant_values=((7, 8), (-1, -2))))
print(np.pad(m, 1, constant_values=2.7), np.pad(f, 1, constant_values=np.nan))
print(repr(np.pad(np.zeros((0, 2)), 1)), np.pad(m, np.int64(2)).shape, np.pad(m, [[1], [2]]).shape)
print(repr(np.pad(np.array(5), 3)), np.pad(np.ones((2, 2, 2)), 1).sum())
img = np.arange(16.0).reshape(4, 4)
print(np.pad(img, ((1, 1), (1, 1)), mode="constant")[:3])
for bad in [lambda: np.pad(a, -1), lambda: np.pad(a, ((1, 2), (3, 4))), lambda: np.pad(np.zeros(0), 1, "edge"),
            lambda: np.pad(a, 1, "edge", constant_values=3), lambda: np.pad(a, 1, "foo")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
for bad in [lambda: np.pad(a, 1.6), lambda: np.pad(a, [True, False])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
