# Reshape, transpose, stack, split, expand/squeeze: shapes printed at each step.
import numpy as np

a = np.arange(12)
b = a.reshape(3, 4)
print(b, b.shape, b.ndim, b.size, b.T.shape, b.reshape(-1, 6).shape, b.ravel()[:5], b.flatten().shape)
c = b.reshape(2, 2, 3)
print(c.transpose(2, 0, 1).shape, np.swapaxes(c, 0, 2).shape, np.moveaxis(c, 0, -1).shape)
print(np.expand_dims(a, 0).shape, a[:, None].shape, a[None, :, None].shape, np.squeeze(np.ones((1, 3, 1))).shape)
x, y = np.array([1, 2, 3]), np.array([4, 5, 6])
print(np.stack([x, y]), np.stack([x, y], axis=1), np.vstack([x, y]).shape, np.hstack([x, y]))
print(np.concatenate([b, b], axis=0).shape, np.concatenate([b, b], axis=1).shape, np.column_stack([x, y]))
print(np.split(a, 3), np.array_split(np.arange(7), 3))
top, bottom = np.vsplit(b, [1])
print(top, bottom.shape, np.hsplit(b, 2)[1])
print(np.tile(x, 2), np.tile(x, (2, 1)), np.repeat(x, 2), np.repeat(b[:2, :2], 2, axis=0))
print(np.flip(x), b[::-1, ::-1], np.fliplr(b)[0], np.flipud(b)[0])
print(np.roll(a, 3)[:5], np.roll(b, 1, axis=0)[0])
m = np.zeros((2, 3))
m = m.reshape(3, 2)
print(m.shape, np.atleast_2d(x).shape, np.broadcast_to(x, (2, 3)))
try:
    a.reshape(5, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    np.concatenate([x, b])
except ValueError as e:
    print("ValueError:", e)
g = np.arange(6).reshape(2, 3)
view = g.reshape(3, 2)
view[0, 0] = 100
print(g, np.shares_memory(g, view) if hasattr(np, "shares_memory") else True)
print(np.meshgrid(np.arange(3), np.arange(2))[0])

# Binary ufuncs on shapes that do not broadcast: NumPy's message for each.
for f in [np.maximum, np.minimum, np.add, np.arctan2, np.hypot, np.fmax, np.power, np.logaddexp]:
    try:
        f(np.arange(2.0), np.arange(3.0))
    except ValueError as e:
        print(f.__name__, e)
try:
    np.arange(2.0) + np.arange(3.0)
except ValueError as e:
    print(e)
