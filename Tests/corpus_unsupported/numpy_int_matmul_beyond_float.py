# expect: NotImplementedError: integer matrix products whose sums may pass 2**53 are not in Tessel yet (they would be rounded)
# at: line 4, column 7
import numpy as np
print(np.array([[2**40, 1]]) @ np.array([[2**20], [3]]))
