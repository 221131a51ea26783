# ndarray.real and np.real on real arrays and numbers (the array itself, a number's real part), and a bool's number attributes.
import numpy as np
x = np.arange(3.0)
print(x.real is x, np.real(x) is x, x.real, np.real([1, 2]), np.real(5.0), type(np.real(5.0)).__name__, np.real(3))
r = x.real
r[0] = 9
print(x, np.real(np.float64(2.5)), np.real(True), np.real(np.array([[1.5, 2.0]])).shape)
print(np.cumsum(np.zeros(0)), np.cumsum(np.zeros((0, 3)), axis=1).shape)
print(True.real, True.imag, False.numerator, True.denominator, (3).imag, (2.5).imag, True.conjugate(), True.as_integer_ratio(), (7).conjugate(), (5).as_integer_ratio())
