# expect: NotImplementedError: scipy.stats norm.stats(moments='mvsk') is not in Tessel yet
# at: line 4, column 7
from scipy import stats
print(stats.norm.stats(moments="mvsk"))
