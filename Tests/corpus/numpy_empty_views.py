# Views that select nothing: reversed and stepped slices of empty axes start outside the data, and must
# read nothing (a kernel crash once).
import numpy as np
a = np.zeros(0)
print(repr(a[::-1]), repr(a[::-3]), repr(a[5:2]), repr(a[-1:-5:-1]))
a[::-1] = 5.0
print(repr(a))
b = np.zeros((0, 3))
print(repr(b[::-1]), repr(b[:, ::-1]), b[::-1, ::-2].shape)
c = np.arange(6).reshape(2, 3)
print(repr(c[:, 3:0:-1]), repr(c[::-1, 0:0]), repr(c[2::-1]))
print(repr(np.flip(a)), repr(np.flip(b, axis=1)))
print(repr(np.arange(0)[::-1] + 1), np.arange(0)[::-1].sum())
d = np.arange(5.0)
d[3:1] = 7
print(d, d[4:2:1], d[10::-1], d[-10::-1])
print(repr(np.array([], dtype=bool)[::-1]), repr(np.array([], dtype=complex)[::-1]))
e = np.zeros((3, 0))
print(repr(e[::-1, ::-1].T), e[::-1].reshape(0, 3).shape, repr(e[:, ::-1].copy()), e[2:0:-1].sum(axis=0))
f = np.arange(12.0).reshape(3, 4)
print(repr(f[3:, ::-1]), repr(f[::-1, 4:]), f[::-1, 4:].T.shape, repr(np.sort(f[:0:-1, ::-2], axis=0)))
g = f[1:1]
g[...] = 3
print(repr(g), repr(g * 2), g.mean(axis=0), np.concatenate([g, f[:1]]))
print([][::-1], ""[::-1], (1, 2)[5::-1], list(range(0))[::-1])
