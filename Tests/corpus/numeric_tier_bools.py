# The numeric tier's bool arrays: masks read and written, a sieve, walks over a mask, swaps, 2-d masks; numbers
# stored into a bool array are NumPy's conversion, left to the generic engine.
import numpy as np
np.random.seed(2)
x = np.random.randn(20)
mask = x > 0
count = 0
for i in range(len(x)):
    if mask[i]:
        count += 1
print(count, mask.sum())
flags = np.zeros(10, dtype=bool)
for i in range(0, 10, 3):
    flags[i] = True
print(flags)
sieve = np.ones(50, dtype=bool)
sieve[0] = False
sieve[1] = False
i = 2
while i * i < 50:
    if sieve[i]:
        for j in range(i * i, 50, i):
            sieve[j] = False
    i += 1
print(np.nonzero(sieve)[0])
hits = 0
for f in mask:
    if f:
        hits += 1
print(hits, f, type(f))
last = None
for i, f in enumerate(mask):
    if not f:
        last = i
print(last)
grid = np.zeros((3, 3), dtype=bool)
for i in range(3):
    grid[i, 2 - i] = True
print(grid)
a = np.array([True, False])
b = np.array([False, False])
for i in range(2):
    a[i], b[i] = b[i], a[i]
print(a, b)
# a bool kept from an element keeps its NumPy type
for i in range(3):
    v = mask[i]
print(v, type(v))
# storing a number into a bool array is NumPy's conversion: left to the generic engine
z = np.zeros(3, dtype=bool)
for i in range(3):
    z[i] = i
print(z)
