# expect: NotImplementedError: arrays of str are not supported; Tessel's arrays hold bool, int64 and float64
# at: line 6, column 7
import numpy as np

passed = np.array([70.0, 40.0]) >= 60
print(np.where(passed, "pass", "fail"))
