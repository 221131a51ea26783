from scipy import stats
import numpy as np
print(stats.sem([1, 2, 3, 4]), stats.sem(np.array([2.5, 3.1, 4.7, 1.2, 9.9])), stats.sem([1, 2, 3], ddof=0))
print(stats.zscore([1, 2, 3]), stats.zscore(np.array([2.5, 3.1, 4.7, 1.2, 9.9]), ddof=1))
x = np.sin(np.arange(50) * 1.3) * 7 + 3
print(stats.sem(x), stats.zscore(x).tolist()[:6], stats.zscore(x, ddof=1).tolist()[-3:])
