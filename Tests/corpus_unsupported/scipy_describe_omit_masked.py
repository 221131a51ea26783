# expect: NotImplementedError: describe(nan_policy='omit') of data with NaNs gives masked arrays in SciPy; they are not in Tessel yet
# at: line 5, column 7
from scipy import stats

print(stats.describe([1.5, float("nan"), 3.0, 2.0], nan_policy="omit"))
