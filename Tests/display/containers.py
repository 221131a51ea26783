# Cells separated by '# %%': each runs in ipykernel and in Tessel; what Jupyter shows must be identical.
[1, 2, 3]
# %%
list(range(40))
# %%
{'alpha': list(range(30)), 'beta': (1, 2), 'gamma': {'x': 1.5, 'y': [0.1] * 12}}
# %%
[0.123456789 * k for k in range(12)]
# %%
{3, 1, 2}
# %%
{'b', 'a', 'c', 10}
# %%
frozenset({5, 4}), set(), frozenset()
# %%
(1,)
# %%
[[1, 2, 3] * 8, ['x' * 30, 'y' * 30], {'k': 'v' * 70}]
# %%
from collections import defaultdict, Counter, OrderedDict, deque
d = defaultdict(list)
d['a'].append(1)
d
# %%
Counter('mississippi')
# %%
Counter('abracadabra' * 4 + 'xyzw' * 9 + 'qrstuvwp' * 3)
# %%
OrderedDict([('one', 1), ('two', 2)]), OrderedDict()
# %%
deque(range(5)), deque([1, 2], maxlen=3), deque(range(30), maxlen=40)
# %%
x = [1, 2]
x.append(x)
x
# %%
int, float, dict, ValueError
# %%
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
[Point(k, k * k) for k in range(9)]
# %%
Point
# %%
def f(x, y=2, *args, z, w=3, **kw):
    return x
f
# %%
def g(a, b, /, c=[1, 2], *, d=None):
    pass
g, (lambda q: q), len is not None
# %%
ValueError('bad value', 3)
# %%
class MyError(Exception):
    pass
MyError('oops'), KeyError('k'), StopIteration()
# %%
"a string", 'it\'s', b'bytes', None, True, 3.0, 1e300, -0.0, 2 ** 100
# %%
range(10), slice(1, 5), 1 + 2j
# %%
[str(k) * k for k in range(1, 16)]
# %%
{k: [k] * k for k in range(1, 9)}
# %%
import numpy as np
np.arange(5)
# %%
[np.eye(2), np.zeros((2, 3))]
# %%
{'w': np.linspace(0, 1, 7), 'b': np.float64(0.5), 'n': np.int64(3)}
# %%
[np.float64(0.123456789)] * 5
# %%
np.arange(30.0).reshape(5, 6) / 7
# %%
(np.arange(3), np.ones((2, 2), dtype=int))
# %%
np.float64, np.ndarray, np.int64(7), np.True_
