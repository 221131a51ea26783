# expect: NotImplementedError: vectorize of a function returning str is not in Tessel yet (numbers and bools are)
# at: line 4, column 7
import numpy as np
print(np.vectorize(lambda v: "x" * v)(np.array([1, 2])))
