# expect: NotImplementedError: scipy.stats norm.logcdf at -3.0 (SciPy takes log_ndtr's erfcx branch there) is not in Tessel yet
# at: line 4, column 7
from scipy import stats
print(stats.norm.logcdf(-3.0))
