# expect-prefix: NotImplementedError: writing into a complex array that shares memory with another
# at: line 6, column 1
import numpy as np
z = np.array([3 + 1j, 1 - 2j, 0j])
head = z[:2]
head[0] = 0
print(z)
