# expect-prefix: NotImplementedError: assigning through a boolean mask from a view that overlaps the array is in Tessel only for contiguous arrays
# at: line 5, column 1
import numpy as np
g = np.arange(12.0).reshape(3, 4)[:, ::2]
g[g > 2] = g[0, :1]
