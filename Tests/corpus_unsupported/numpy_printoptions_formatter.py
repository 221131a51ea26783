# expect: NotImplementedError: set_printoptions(formatter=...) is not in Tessel yet
# at: line 5, column 1
import numpy as np

np.set_printoptions(formatter={"float": "{:.2f}".format})
print(np.array([1.5, 2.25]))
