# expect-prefix: NotImplementedError: ** with a non-integer exponent is not in Tessel yet for complex numbers
# at: line 5, column 7
import numpy as np
z = np.array([3 + 1j, 1 - 2j])
print(z ** 1.5)
