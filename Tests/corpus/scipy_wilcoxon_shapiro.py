# Wilcoxon's signed-rank test and the Shapiro-Wilk test over many samples: every zero method, alternative and
# method, ties and zeros (exact, permutation and normal p-values), and normality at sizes 3 to 400.
import numpy as np
from scipy import stats

rng = np.random.default_rng(7)
for n in [3, 4, 5, 6, 7, 9, 10, 12, 13, 14, 20, 25, 40, 50, 51, 60]:
    for kind in ["continuous", "ties", "zeros"]:
        d = rng.normal(0.3, 1.0, n)
        if kind == "ties":
            d = np.round(d * 2) / 2 + 0.25
        if kind == "zeros":
            d = np.round(d)
        for alternative in ["two-sided", "less", "greater"]:
            r = stats.wilcoxon(d, alternative=alternative)
            print(n, kind, alternative, r.statistic, r.pvalue)
        for zero_method in ["pratt", "zsplit"]:
            r = stats.wilcoxon(d, zero_method=zero_method)
            print(n, kind, zero_method, r.statistic, r.pvalue)
        a = stats.wilcoxon(d, method="asymptotic", correction=True)
        print(n, kind, "asymptotic", a.statistic, a.pvalue, a.zstatistic)
        if n <= 25:
            e = stats.wilcoxon(d, method="exact", alternative="greater")
            print(n, kind, "exact", e.statistic, e.pvalue)

x = rng.normal(10, 2, 30)
y = x + rng.normal(0.5, 1, 30)
print(stats.wilcoxon(x, y))
print(stats.wilcoxon(x, y, alternative="less", method="asymptotic"))
print(stats.wilcoxon(list(range(-3, 8))))

for n in [3, 4, 5, 6, 7, 8, 11, 12, 20, 50, 100, 400]:
    for name, sample in [
        ("normal", rng.normal(5, 2, n)),
        ("exponential", rng.exponential(1.0, n)),
        ("uniform", rng.uniform(-1, 1, n)),
        ("rounded", np.round(rng.normal(0, 3, n))),
    ]:
        w, p = stats.shapiro(sample)
        print(n, name, w, p)
print(stats.shapiro([2.5, 2.5, 2.6]))
print(stats.shapiro([[1.0, 4.0], [9.0, 16.0], [25.0, 36.0]]))
res = stats.shapiro(rng.lognormal(0, 1, 60))
print(res)
print(res.statistic < 0.9, res.pvalue < 0.05)
