# expect: AttributeError: module 'numpy.fft' has no attribute 'fft2' (numpy.fft.fft2 is not in Tessel yet)
# at: line 5, column 10
import numpy as np

signal = np.fft.fft2(np.array([[1.0, 0.0], [-1.0, 0.0]]))
print(signal)
