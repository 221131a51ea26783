# expect: NotImplementedError: scipy.stats hypergeom.logsf is not in Tessel yet
# at: line 4, column 7
from scipy import stats
print(stats.hypergeom.logsf(3, 20, 7, 12))
