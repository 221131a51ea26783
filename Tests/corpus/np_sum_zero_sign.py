# Sums start from add's identity: empty sums and sums of negative zeros are 0.0, as NumPy's.
import numpy as np
print(np.sum(np.array([-0.0])), np.sum(np.array([-0.0,-0.0])), np.zeros(0).sum(), np.array([-0.0]*20).sum(), np.array([-0.0]*3)[::2].sum(), np.zeros((2,0)).sum(axis=1), np.zeros((0,2)).sum(axis=0))
