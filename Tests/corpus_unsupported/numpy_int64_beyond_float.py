# expect: NotImplementedError: this function on int64 values beyond 2**53 is not in Tessel yet (they would be rounded)
# at: line 4, column 7
import numpy as np
print(np.unique(np.array([2**53 + 1, 2**53])))
