# expect: NotImplementedError: scipy.stats hypergeom with more than 10000 items (M) is not in Tessel yet
# at: line 5, column 7
from scipy import stats

print(stats.hypergeom.pmf(5, 20000, 50, 100))
