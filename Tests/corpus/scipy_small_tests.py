# scipy.stats.pointbiserialr, percentileofscore (every kind, scalar and array scores) and jarque_bera.
import numpy as np
from scipy import stats

rng = np.random.default_rng(11)
group = np.array([0, 0, 1, 1, 0, 1, 1, 0, 1, 1])
scores = np.array([2.1, 3.4, 5.5, 4.9, 2.8, 6.1, 5.0, 3.3, 4.4, 5.9])
r = stats.pointbiserialr(group, scores)
print(repr(r.statistic), f"{r.pvalue:.12g}", type(r).__name__)
data = [1, 2, 3, 3, 4, 5, 7, 9, 9, 10]
for kind in ["rank", "strict", "weak", "mean"]:
    print(kind, repr(stats.percentileofscore(data, 3, kind=kind)), stats.percentileofscore(data, [0, 3, 9, 11], kind=kind))
print(repr(stats.percentileofscore([1.5, np.nan, 2.0], 1.7)), repr(stats.percentileofscore(data, np.nan)))
x = rng.normal(size=200)
jb = stats.jarque_bera(x)
print(repr(jb.statistic), f"{jb.pvalue:.12g}")
jb = stats.jarque_bera(rng.exponential(size=50))
print(repr(jb.statistic), f"{jb.pvalue:.12g}")
for bad in [lambda: stats.percentileofscore([[1, 2]], 1), lambda: stats.percentileofscore([1, 2], 1, kind="x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
