# A Monte Carlo estimate of pi with a loop over array elements.
import numpy as np
np.random.seed(0)
n = 200000
xs = np.random.rand(n)
ys = np.random.rand(n)
inside = 0
for i in range(n):
    if xs[i] * xs[i] + ys[i] * ys[i] <= 1.0:
        inside += 1
print(inside, 4 * inside / n)
