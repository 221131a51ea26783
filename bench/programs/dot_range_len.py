# A dot product with `for i in range(len(x))` over NumPy arrays.
import numpy as np
x = np.arange(200000) * 0.5
y = np.arange(200000) * 0.25
total = 0.0
for i in range(len(x)):
    total += x[i] * y[i]
print(total, total == float(x @ y))
