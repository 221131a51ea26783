# NumPy 2's array-API linear algebra names: np.linalg.trace, diagonal and cross, with their errors.
import numpy as np
A = np.arange(9.).reshape(3, 3)
print(np.linalg.trace(A), np.linalg.trace(A, offset=1), np.linalg.trace(np.arange(4).reshape(2, 2)))
print(np.linalg.diagonal(A), np.linalg.diagonal(np.arange(9).reshape(3, 3), offset=-1))
print(np.linalg.cross([1, 2, 3], [4, 5, 6.]), np.linalg.cross(np.eye(3), np.ones((3, 3))))
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: np.linalg.cross([1, 2], [3, 4]))
t(lambda: np.linalg.trace(np.arange(3)))
t(lambda: np.linalg.diagonal(np.arange(3)))
t(lambda: np.linalg.trace(A, 1))
