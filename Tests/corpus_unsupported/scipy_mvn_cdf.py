# expect: NotImplementedError: multivariate_normal.cdf is not in Tessel yet
# at: line 5, column 7
from scipy.stats import multivariate_normal

print(multivariate_normal.cdf([0.5, 0.5], mean=[0, 0], cov=[[1, 0.3], [0.3, 1]]))
