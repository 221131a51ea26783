# 10^5 operations on small arrays (the overhead of each call dominates).
import numpy as np
v = np.array([1.0, 2.0, 3.0])
w = np.array([0.5, -1.0, 2.0])
acc = np.zeros(3)
for i in range(100000):
    acc = acc + v * 0.001 - w * 0.0005
print(acc, acc.sum())
