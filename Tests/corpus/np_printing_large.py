# NumPy's printing of larger and mixed arrays: summarisation with ..., precision, suppression, negative zero.
import numpy as np

print(np.arange(2000))
print(np.arange(1000, dtype=float) / 7)
print(np.arange(60).reshape(3, 20))
print(np.arange(3000).reshape(30, 100))
print(np.linspace(0, 1, 11))
print(np.array([1e-10, 1.0, 1e10]))
print(np.array([0.1, 0.25, 100.0]), np.array([1.5e-5, 3.0]), np.array([-0.0, 0.0, 1.0]))
print(np.array([[1.23456789, 2.0], [3.0, 4.5]]), np.array([1e16, 1.0]), np.array([np.nan, np.inf, -np.inf, 1.0]))
print(np.array([True, False] * 600))
print(np.eye(12))
print(repr(np.arange(5)), repr(np.array([1.0, 2.5])), repr(np.zeros((2, 2), dtype=int)), repr(np.array([True])))
print(repr(np.arange(1500.0)))
print(np.random.RandomState(0).rand(3, 3) if False else np.arange(9.0).reshape(3, 3) / 3)
print(np.array([[-1.5, 2.25], [1000.125, -0.001]]), np.array([123456789.0, 0.5]))
print(str(np.float64(1e-7)), repr(np.float64(1e16)), np.array(5.0), np.array([]), np.zeros((0, 3)), np.array([[]]))
