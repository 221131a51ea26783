# Generator.bytes: 32-bit draws as little-endian bytes, NumPy's count (one draw even for 0) and slicing, and
# the shared 32-bit buffer that later bounded integers read.
import numpy as np
rng = np.random.default_rng(0)
print(rng.bytes(4), rng.bytes(7), rng.bytes(0), rng.bytes(1))
print(rng.integers(0, 10, 5), rng.random())
print(len(rng.bytes(1000)), rng.bytes(9))
print(rng.integers(0, 3, 4), rng.standard_normal())
try:
    rng.bytes(-1)
except ValueError as e:
    print(e)
print(rng.bytes(-1), rng.bytes(-5), rng.bytes(-4), rng.random())
try:
    rng.bytes(-9)
except ValueError as e:
    print(e)
