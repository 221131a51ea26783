# expect-prefix: NotImplementedError: item assignment is not in Tessel yet for complex numbers
# at: line 5, column 1
import numpy as np
z = np.array([3 + 1j, 1 - 2j])
z[0] = 0
