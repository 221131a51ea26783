"""Integer cumsum and cumprod stay int64 and exact past 2**53 (and wrap on overflow as NumPy's int64), along every
axis, flattened, on bool and strided input."""
import numpy as np
print(np.cumsum([2**60, 2**60, 2**62, 1]), np.cumprod([2**40, 2**30, 3]))
print(np.cumsum(np.array([[1, 2], [3, 4]]), axis=0), np.cumsum(np.array([[1, 2], [3, 4]]), axis=1), np.cumsum([[1, 2], [3, 4]]))
print(np.cumprod(np.array([[1, 2], [3, 4]]), axis=-1), np.cumsum(np.array([True, True, False])), np.array([1, 2, 3]).cumsum())
print(np.cumsum(np.zeros((2, 0), dtype=int), axis=1), np.cumsum(np.arange(5)[::2]))
try:
    np.cumsum(np.array([1, 2]), axis=1)
except Exception as e:
    print(type(e).__name__, e)
