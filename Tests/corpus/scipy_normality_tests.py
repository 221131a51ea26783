# D'Agostino's skewtest, kurtosistest and normaltest on normal, skewed, flat and heavy-tailed samples, every
# alternative, too-small samples and NaN.
import numpy as np
from scipy import stats
rng = np.random.default_rng(21)


def cube(x):
    return x * x * x


for n in [5, 8, 9, 12, 20, 30, 50, 100, 400, 5000]:
    for name, x in [("normal", rng.normal(3, 2, n)), ("expon", rng.exponential(1, n)), ("uniform", rng.uniform(0, 1, n)),
                    ("cubed", cube(rng.standard_normal(n)))]:
        if n >= 8:
            print(n, name, stats.skewtest(x), stats.normaltest(x))
        print(n, name, stats.kurtosistest(x))
x = rng.normal(0, 1, 40)
print(stats.skewtest(x, alternative="less"), stats.kurtosistest(x, alternative="greater"))
r = stats.normaltest(rng.lognormal(0, 0.5, 80))
print(r.statistic, r.pvalue, r.pvalue < 0.05)
print(stats.skewtest([1, 2, 3, 4, 5, 6, 7]))
print(stats.normaltest([1.0, 2, 3, 4, 5, 6, 7, 8, np.nan]))
