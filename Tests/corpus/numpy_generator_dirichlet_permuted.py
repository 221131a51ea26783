# Generator.dirichlet (gamma draws normalised; beta stick-breaking when every alpha < 0.1) and
# Generator.permuted (each lane along an axis shuffled on its own, or all elements; out=).
import numpy as np
rng = np.random.default_rng(7)
print(rng.dirichlet([1, 1, 1]))
print(rng.dirichlet([0.5, 2.0, 5.0], size=3))
print(rng.dirichlet(np.array([0.05, 0.02, 0.08]), size=(2, 2)))
print(rng.dirichlet([0.01, 0.0, 0.03]), rng.dirichlet([0.0, 0.0]), rng.dirichlet([]).shape)
x = rng.dirichlet([2, 3, 5], size=1000)
print(x.mean(axis=0).round(4), x.sum(axis=1).min().round(12))
try:
    rng.dirichlet([1, -1])
except ValueError as e:
    print(e)
print(rng.permuted(np.arange(10)))
m = np.arange(12).reshape(3, 4)
print(rng.permuted(m))
print(rng.permuted(m, axis=1))
print(rng.permuted(m, axis=0))
print(rng.permuted(m.T, axis=-1))
out = np.zeros((3, 4))
r = rng.permuted(m, axis=1, out=out)
print(r is out, out)
print(m)
print(rng.permuted([1.5, 2.5, 3.5]), rng.permuted(np.array([True, False, False, True])))
for kw in [{"out": np.zeros(3)}, {"out": [0, 0]}]:
    try:
        rng.permuted(m, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    rng.permuted(np.arange(3.0), out=np.zeros(3, dtype=int))
except TypeError as e:
    print(e)
