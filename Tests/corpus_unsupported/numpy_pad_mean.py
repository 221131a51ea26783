# expect: NotImplementedError: np.pad(mode='mean') is not in Tessel yet
# at: line 4, column 7
import numpy as np
print(np.pad(np.arange(3), 1, mode="mean"))
