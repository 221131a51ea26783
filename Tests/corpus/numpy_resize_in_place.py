# ndarray.resize in place (NumPy's quickstart): cut or zero-padded, refused for views and viewed arrays.
import numpy as np
a = np.arange(12.0)
a.resize((3, 4))
print(a)
b = np.arange(5)
b.resize(7)
print(b)
b.resize((2, 2))
print(b)
c = np.arange(6)
v = c[:2]
try:
    c.resize(3)
except ValueError as e:
    print(e)
try:
    v.resize(1)
except ValueError as e:
    print(e)
d = np.arange(4)
d.resize(2, 3)
print(d)
e = np.ones(3, dtype=bool)
e.resize(5)
print(e)
f = np.arange(6)
print(f.resize((2, 3), refcheck=False), f)
g = np.zeros((2, 2))
g.resize((4,), refcheck=False)
print(g, g.shape)
h = np.arange(3)
h.resize(3)
print(h)
