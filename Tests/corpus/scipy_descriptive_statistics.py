# scipy.stats descriptive statistics: skew, kurtosis, moment, describe, variation, gmean, hmean, mode, iqr,
# median_abs_deviation and rankdata, on 1-d and 2-d data along each axis, with their edge cases.
import numpy as np
from scipy import stats
x = [2, 8, 0, 4, 1, 9, 9, 0]
print(repr(stats.skew(x)), repr(stats.kurtosis(x)), repr(stats.skew(x, bias=False)), repr(stats.kurtosis(x, bias=False, fisher=False)))
print(stats.describe(x))
print(stats.describe(np.arange(10)))
print(stats.describe([[1, 2], [3, 4.5]]))
print(stats.describe([[1, 2], [3, 4.5], [0.5, 9]], axis=1, ddof=0, bias=False))
m = [[1, 2], [3, 4.5], [7, 1]]
print(repr(stats.skew(m)), repr(stats.skew(m, axis=1)), repr(stats.skew(m, axis=None)), repr(stats.kurtosis(m, axis=None, bias=False)))
print(repr(stats.skew([1,1,1])), repr(stats.kurtosis([5.0])), repr(stats.skew([1.0, np.nan, 2.0])), repr(stats.skew([1.0, np.nan, 2.0, 7.0], nan_policy='omit')))
print(repr(stats.gmean([1, 4, 16])), repr(stats.hmean([1, 4, 4])), repr(stats.gmean([1, 4, 7], weights=[3, 1, 3])), repr(stats.hmean([1, 4, 7], weights=[3, 1, 3])))
print(repr(stats.gmean([[1, 2], [3, 4]])), repr(stats.gmean([[1, 2], [3, 4]], axis=None)), repr(stats.hmean([0.5, 0.25, 3.0])))
print(stats.mode([1, 2, 2, 3, 3]), stats.mode([1.5, 2.5]), stats.mode([[1, 2], [1, 3], [4, 3]]), stats.mode([[1, 2], [1, 3], [4, 3]], axis=None))
print(stats.mode([3.0, np.nan, np.nan, 3.0, 1.0]))
print(repr(stats.iqr([1, 2, 3, 4, 10])), repr(stats.iqr([1, 2, 3, 4, 10, 11.5], rng=(10, 90))), repr(stats.iqr([1, 2, 3, 4, 10], scale='normal')), repr(stats.iqr([[1, 2, 3], [4, 8, 10]], axis=1)))
print(repr(stats.iqr(np.linspace(0, 1, 17) ** 2)), repr(stats.iqr(np.arange(11.0) / 7, rng=(33, 66))))
print(repr(stats.rankdata([3, 1, 4, 1, 5])), repr(stats.rankdata([3, 1, 4, 1, 5], method='min')), repr(stats.rankdata([3, 1, 4, 1, 5], method='dense')), repr(stats.rankdata([3, 1, 4, 1, 5], method='ordinal')), repr(stats.rankdata([3, 1, 4, 1, 5], method='max')))
print(repr(stats.rankdata([[3, 1], [1, 5]])), repr(stats.rankdata([[3, 1], [1, 5]], axis=0)), repr(stats.rankdata([[3, 1, 1], [1, 5, 0]], axis=1, method='min')))
print(repr(stats.rankdata([2.0, np.nan, 1.0])), repr(stats.rankdata([2.0, np.nan, 1.0], method='min')))
print(repr(stats.moment([1, 2, 3, 4], order=3)), repr(stats.moment([1, 2, 3, 4.5], order=5)), repr(stats.moment([1, 2, 3, 4], order=2, center=0)), repr(stats.moment([[1, 2], [3, 5]], order=2)), repr(stats.moment([1, 2], order=0)))
print(repr(stats.variation([1, 2, 3, 4])), repr(stats.variation([[1, 2], [3, 8]], axis=1, ddof=1)))
print(repr(stats.median_abs_deviation([1, 2, 3, 4, 100])), repr(stats.median_abs_deviation([1, 2, 3, 4, 100], scale='normal')), repr(stats.median_abs_deviation([[1, 2], [3, 7], [10, 1]])))
rng = np.random.default_rng(0)
d = rng.normal(3, 2, size=(50, 3))
print(stats.describe(d))
print(stats.skew(d, bias=False), stats.kurtosis(d, axis=0, fisher=False))
print(stats.iqr(d, axis=0), stats.median_abs_deviation(d), stats.gmean(np.abs(d)), stats.hmean(np.abs(d), axis=None))
print(stats.variation(d), stats.moment(d, order=4), stats.mode(np.round(d).astype(int)))
for bad in [lambda: stats.describe([]), lambda: stats.rankdata([1, 2], method='foo'), lambda: stats.skew([1.0, np.nan], nan_policy='raise'), lambda: stats.iqr([1, 2], rng=(1, 2, 3)), lambda: stats.moment([1, 2], order=-1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
