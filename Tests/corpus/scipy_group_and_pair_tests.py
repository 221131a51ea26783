# scipy.stats tests over groups and pairs: linregress, f_oneway (and Welch), kruskal, levene, bartlett and kendalltau
# (exact and asymptotic p-values, both variants), with their edge cases and error messages.
import numpy as np
from scipy import stats


def show(r):
    # t, F and chi-square tail probabilities agree with SciPy to about 1e-15, not in every 17th digit (README).
    fields = [f"{name}={getattr(r, name)!r}" for name in r._fields if name != "pvalue"]
    return f"{type(r).__name__}({', '.join(fields)}, p={float(r.pvalue):.12g})"


rng = np.random.default_rng(7)
r = stats.linregress([1, 2, 3, 4, 5], [2, 4.1, 5.9, 8.2, 9.9])
print(show(r))
print(len(r), r.intercept_stderr, r[0], r.rvalue ** 2)
x = rng.normal(size=40); y = 0.5 * x + rng.normal(size=40)
print(show(stats.linregress(x, y)))
print(show(stats.linregress(x, y, alternative='less')))
print(show(stats.linregress([1, 2], [3, 5])), show(stats.linregress([1, 2, 3], [1, 1, 1])))
a, b, c = rng.normal(0, 1, 12), rng.normal(0.5, 1, 15), rng.normal(1, 2, 9)
print(show(stats.f_oneway([1, 2, 3], [4, 5, 6.5], [2, 9, 1])))
print(show(stats.f_oneway(a, b, c)))
print(show(stats.f_oneway(a, b, c, equal_var=False)))
print(show(stats.f_oneway([1, 1], [2, 2])), show(stats.f_oneway([3, 3], [3, 3])))
print(show(stats.kruskal([1, 2, 3], [4, 5, 6.5])))
print(show(stats.kruskal(a, b, c)))
print(show(stats.kruskal([1, 2, 2, 3], [2, 3, 3, 5], [1, 1, 4])))
print(show(stats.levene([1, 2, 3], [4, 5, 6.5])))
print(show(stats.levene(a, b, c)), show(stats.levene(a, b, c, center='mean')))
print(show(stats.bartlett([1, 2, 3], [4, 5, 6.5])))
print(show(stats.bartlett(a, b, c)))
print(show(stats.kendalltau([1, 2, 3, 5], [4, 5, 6.5, 1])))
print(show(stats.kendalltau(a, b[:12])))
print(show(stats.kendalltau(a, b[:12], alternative='greater')), show(stats.kendalltau(a, b[:12], alternative='less')))
print(show(stats.kendalltau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])))
print(show(stats.kendalltau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0], variant='c')))
xx = rng.normal(size=60); yy = xx + rng.normal(size=60)
print(show(stats.kendalltau(xx, yy)), show(stats.kendalltau(xx, yy, method='exact')))
print(show(stats.kendalltau(np.arange(25), np.arange(25)[::-1] * 1.0)), show(stats.kendalltau(np.arange(30), np.r_[1, 0, np.arange(2, 30)])))
print(show(stats.kendalltau([1, 2, 3], [1, 2, np.nan])), show(stats.kendalltau([1, 1, 1], [1, 2, 3])))
print(show(stats.kendalltau(np.round(xx), np.round(yy))))
for bad in [lambda: stats.f_oneway([1, 2]), lambda: stats.kruskal([1, 2]), lambda: stats.linregress([1, 1, 1], [1, 2, 3]), lambda: stats.kendalltau([1, 1, 2], [1, 2, 3], method='exact'), lambda: stats.levene([1, 2], [3, 4], center='foo')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(repr(stats.kendalltau(a, b[:12]).pvalue), repr(stats.kendalltau(xx, yy).pvalue), repr(stats.kendalltau(np.round(xx), np.round(yy)).pvalue))
print(repr(stats.kendalltau(np.arange(28) % 5, np.arange(28) % 7, alternative='less').pvalue), repr(stats.kendalltau(np.arange(20), np.arange(20) ** 2 % 11).pvalue))
