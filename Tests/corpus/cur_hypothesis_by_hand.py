# Hypothesis tests by hand next to SciPy: one-sample and Welch t-tests, paired t-test, chi-square goodness of fit.
import math
import numpy as np
from scipy import stats

np.random.seed(31)
a = np.random.normal(5.2, 1.0, 25)
b = np.random.normal(4.7, 1.5, 30)
t1 = (a.mean() - 5.0) / (a.std(ddof=1) / math.sqrt(len(a)))
p1 = 2 * stats.t.sf(abs(t1), len(a) - 1)
r1 = stats.ttest_1samp(a, 5.0)
print(round(t1, 6), round(p1, 6), round(r1.statistic, 6), round(r1.pvalue, 6))
va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
tw = (a.mean() - b.mean()) / math.sqrt(va + vb)
df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
pw = 2 * stats.t.sf(abs(tw), df)
rw = stats.ttest_ind(a, b, equal_var=False)
print(round(tw, 6), round(df, 4), round(pw, 6), round(rw.statistic, 6), round(rw.pvalue, 6))
before = np.random.normal(80, 5, 12)
after = before + np.random.normal(1.5, 2, 12)
d = after - before
tp = d.mean() / (d.std(ddof=1) / math.sqrt(len(d)))
rp = stats.ttest_rel(after, before)
print(round(tp, 6), round(rp.statistic, 6), round(rp.pvalue, 6))
observed = np.array([18, 22, 30, 30])
expected = np.full(4, observed.sum() / 4)
chi = float(((observed - expected) ** 2 / expected).sum())
pc = stats.chi2.sf(chi, 3)
rc = stats.chisquare(observed)
print(round(chi, 6), round(pc, 6), round(rc.statistic, 6), round(rc.pvalue, 6))
alpha = 0.05
for name, p in [("one-sample", p1), ("welch", pw), ("paired", rp.pvalue), ("chi2", pc)]:
    print(f"{name:>10}: p={p:.4f} -> {'reject' if p < alpha else 'keep'} H0")
