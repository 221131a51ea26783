# np.atleast_1d/2d/3d: views with axes of one added, arrays with enough axes returned as they are, tuples for several.
import numpy as np
print(np.atleast_1d(3.0), np.atleast_1d([1, 2]), np.atleast_2d(5), np.atleast_2d([1, 2, 3]).shape, np.atleast_3d([1, 2]).shape, np.atleast_3d(np.eye(2)).shape)
a = np.arange(4.0)
print(np.atleast_1d(a) is a, np.atleast_1d(1, [2, 3]), np.atleast_2d(a, np.eye(2)))
b = np.atleast_2d(a); b[0, 1] = 9; print(a)
print(np.atleast_3d(np.float64(2)).shape, repr(np.atleast_1d(np.int64(4))))
