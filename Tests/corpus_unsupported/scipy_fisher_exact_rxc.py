# expect: NotImplementedError: fisher_exact of tables other than 2x2 (with method=) is not in Tessel yet
# at: line 5, column 7
from scipy import stats

print(stats.fisher_exact([[1, 2, 3], [4, 5, 6]]))
