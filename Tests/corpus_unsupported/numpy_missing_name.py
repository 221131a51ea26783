# expect: AttributeError: module 'numpy' has no attribute 'fft' (numpy.fft is not in Tessel yet)
# at: line 5, column 10
import numpy as np

signal = np.fft.fft(np.array([1.0, 0.0, -1.0, 0.0]))
print(signal)
