# scipy.stats.fisher_exact on 2x2 tables (odds ratio exact; p-values, hypergeometric sums, to 12 digits as Boost's
# values agree with the exactly rounded ones to a few ulps) and scipy.stats.hypergeom.
from scipy import stats
import numpy as np
r = stats.fisher_exact([[8, 2], [1, 5]])
print(type(r).__name__, repr(r.statistic), f"{r.pvalue:.12g}", len(r), r[0])
for t in [[[3, 1], [1, 3]], [[10, 0], [0, 10]], [[0, 5], [5, 0]], [[2, 7], [8, 2]], [[120, 80], [95, 105]], [[1, 0], [0, 0]], [[5, 5], [5, 5]], [[0, 0], [3, 4]], [[30, 970], [45, 955]], [[7, 12], [0, 3]]]:
    r = stats.fisher_exact(t)
    print(t, repr(r.statistic), f"{float(r.pvalue):.12g}", type(r.pvalue).__name__, f"{float(stats.fisher_exact(t, 'less').pvalue):.12g}", f"{float(stats.fisher_exact(t, 'greater').pvalue):.12g}")
print(f"{stats.hypergeom.pmf(6, 20, 7, 12):.12g}", stats.hypergeom.cdf([2, 6], 20, 7, 12), f"{stats.hypergeom(20, 7, 12).sf(4):.12g}", stats.hypergeom.mean(20, 7, 12))
print(stats.hypergeom.ppf(0.5, 20, 7, 12), stats.hypergeom.pmf(np.arange(0, 8), 20, 7, 12))
for bad in [lambda: stats.fisher_exact([[1, -2], [3, 4]]), lambda: stats.fisher_exact([1, 2]), lambda: stats.fisher_exact([[1, 2], [3, 4]], alternative='x')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
