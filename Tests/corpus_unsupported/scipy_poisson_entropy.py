# expect: NotImplementedError: scipy.stats poisson.entropy is not in Tessel yet
# at: line 4, column 7
from scipy import stats
print(stats.poisson.entropy(2.5))
