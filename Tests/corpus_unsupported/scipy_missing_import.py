# expect: ImportError: cannot import name 'wilcoxon' from 'scipy.stats' (scipy.stats.wilcoxon is not in Tessel yet)
# at: line 3, column 1
from scipy.stats import wilcoxon

print(wilcoxon([1.0, 2.0, 3.5], [1.5, 2.5, 2.0]))
