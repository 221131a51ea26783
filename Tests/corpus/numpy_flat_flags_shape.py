# ndarray.flat (NumPy's flatiter), ndarray.flags and in-place a.shape = ..., as in NumPy's quickstart.
import numpy as np
a = np.arange(6).reshape(2, 3)
print(repr(a.flags)); print(a.flags)
print(a.T.flags)
print(a.flags['C'], a.flags['OWNDATA'], a.flags.c_contiguous, a.flags.aligned, a.flags.fnc, a.flags.forc)
b = a[:, 1]
print(b.flags.owndata, b.flags.c_contiguous, np.arange(3).flags.owndata, np.array([1, 2]).flags.owndata)
a.flags.writeable = False
try:
    a[0, 0] = 5
except ValueError as e:
    print(e)
print(b.flags.writeable, a[0].flags.writeable)
try:
    a.flags['Q']
except KeyError as e:
    print("KeyError", e)
c = np.arange(3); c.flags.writeable = False; c.flags.writeable = True; c[0] = 9; print(c)
f = np.arange(6).reshape(2, 3).flat
print(type(f).__name__, len(f), f.index)
next(f); next(f); print(f.index, f.coords)
x = np.arange(6).reshape(2, 3)
print(x.flat[-1], x.flat[[0, 5]], x.flat[x.ravel() > 2], x.flat[1:5:2], x.flat.base is x)
d = np.zeros((2, 3)); d.flat[[1, 3, 5]] = [7, 8]; print(d)
d.flat = 2.5; print(d)
d.flat[::2] = np.array([1, 2, 3]); print(d)
try:
    x.flat[10]
except IndexError as e:
    print(e)
print(np.arange(6).reshape(2, 3).T.flat[1:4], list(np.arange(6).reshape(2, 3).T.flat))
print(sum(np.arange(4).flat), list(np.array([[1.5, 2]]).flat), x.flat.copy())
for v in np.array([[True, False]]).flat:
    print(v)
y = np.arange(12)
y.shape = (3, 4); print(y)
y.shape = (2, -1); print(y.shape, y.strides)
try:
    y.T.shape = (24,)
except (AttributeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    y.shape = (5,)
except ValueError as e:
    print(e)
z = y.T
try:
    z.shape = (12,)
except AttributeError as e:
    print(e)
