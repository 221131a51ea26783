# expect: NotImplementedError: np.square of a bool array gives int8 in NumPy, which is not in Tessel yet (convert first: x.astype(int))
# at: line 4, column 7
import numpy as np
print(np.square(np.array([True, False])))
