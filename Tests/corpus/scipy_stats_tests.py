# SciPy's distributions and tests as a learner calls them: normal-theory values print in full (Tessel
# computes them as SciPy's Cephes does); the other families agree to about 1e-15 and print rounded.
import numpy as np
from scipy import stats
from scipy.stats import norm, ks_2samp, chi2_contingency, ttest_ind, ttest_1samp, ttest_rel
from statsmodels.stats.proportion import proportions_ztest
from statsmodels.stats.multitest import multipletests

print(repr(norm.sf(1.96)), repr(norm.cdf([0, 1, -3.5])), norm.ppf(0.975), norm.pdf(0))
print(norm.ppf([0.001, 0.025, 0.5, 0.9, 0.999999]), norm.isf(0.05), norm.cdf(-40), norm.sf(9))
print(norm.interval(0.95), norm(1, 2).interval(0.9), norm(loc=3).mean(), norm.std(scale=2))
print(repr(stats.norm.cdf([[1], [2]], [0, 1])))
print(norm.cdf(np.linspace(-3, 3, 7)))

n_a, conv_a, n_b, conv_b = 10000, 1120, 10000, 1235
pooled = (conv_a + conv_b) / (n_a + n_b)
se = (pooled * (1 - pooled) * (1 / n_a + 1 / n_b)) ** 0.5
z = (conv_b / n_b - conv_a / n_a) / se
print(z, 2 * norm.sf(abs(z)))
z_sm, p_sm = proportions_ztest([conv_b, conv_a], [n_b, n_a])
print(repr(z_sm), repr(p_sm), abs(z_sm - z) < 1e-12)
print(proportions_ztest(30, 100, 0.25), proportions_ztest([30, 45], [100, 100], alternative='smaller'))

p_values = np.array([0.01, 0.04, 0.03, 0.2, 0.001])
for method in ['bonferroni', 'holm', 'fdr_bh', 'sidak', 'hs']:
    reject, corrected, a_sidak, a_bonf = multipletests(p_values, method=method)
    print(method, reject, np.round(corrected, 12), round(a_sidak, 12), a_bonf)

np.random.seed(0)
a = np.random.randn(50)
b = np.random.randn(40) + 0.3
r = ks_2samp(a, b)
print(type(r).__name__, len(r), r.statistic, round(r.pvalue, 12), r.statistic_location, r.statistic_sign)
d, p = r
print(d == r[0], round(p, 12))
res = chi2_contingency([[10, 20], [30, 25]])
stat, pv, dof, expected = res
print(type(res).__name__, round(stat, 12), round(pv, 12), dof)
print(expected)
t = ttest_ind(a, b)
print(type(t).__name__, round(t.statistic, 12), round(t.pvalue, 12), t.df, len(t))
t1 = ttest_1samp(a, 0)
print(round(t1.statistic, 12), round(t1.pvalue, 12), repr(t1.df))
tr = ttest_rel(a[:40], b)
print(round(tr[0], 12), round(tr[1], 12), repr(tr.df))
w = ttest_ind(a, b, equal_var=False)
print(round(w.statistic, 12), round(w.pvalue, 12), round(w.df, 9))
print(round(stats.t.ppf(0.975, 10), 12), round(stats.chi2.sf(3.84, 1), 12), round(stats.binom.pmf(3, 10, 0.5), 12))
print(stats.binom.mean(10, 0.3), stats.poisson.var(4), stats.binom.ppf(0.5, 10, 0.5), stats.uniform.cdf(0.3))
print(stats.t.cdf(1, df=-1), stats.norm.cdf(1, scale=-1), stats.norm.ppf(2))

np.random.seed(1)
print(repr(stats.norm.rvs()), repr(stats.binom.rvs(10, 0.5)), stats.norm.rvs(size=3), stats.binom.rvs(10, 0.5, size=3))
print(stats.poisson.rvs(3, size=4), stats.expon.rvs(size=2), stats.uniform.rvs(size=2), stats.norm.rvs(size=2, random_state=3))
frozen = stats.norm(2, 3)
print(frozen.cdf(2), frozen.ppf(0.5), frozen.std(), frozen.rvs(size=2, random_state=5))
