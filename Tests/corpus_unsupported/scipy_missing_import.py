# expect: ImportError: cannot import name 'anderson' from 'scipy.stats' (scipy.stats.anderson is not in Tessel yet)
# at: line 3, column 1
from scipy.stats import anderson

print(anderson([1.0, 2.0, 3.5, 1.5, 2.5, 2.0]))
