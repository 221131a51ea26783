# expect: NotImplementedError: np.sin of a bool array gives float16 in NumPy, which is not in Tessel yet (convert first: x.astype(float))
# at: line 4, column 7
import numpy as np
print(np.sin(np.array([True, False])))
