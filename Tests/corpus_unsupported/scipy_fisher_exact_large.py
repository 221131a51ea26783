# expect: NotImplementedError: fisher_exact of tables with more than 10000 observations is not in Tessel yet
# at: line 5, column 7
from scipy import stats

print(stats.fisher_exact([[25100, 24900], [24800, 25200]]))
