# The hypothesis tests of an A/B analysis, by hand and by SciPy/statsmodels (p-values rounded).
import math
import numpy as np
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest

conversions = np.array([120, 150])
visitors = np.array([2400, 2500])
rates = conversions / visitors
pooled = conversions.sum() / visitors.sum()
se = math.sqrt(pooled * (1 - pooled) * (1 / visitors[0] + 1 / visitors[1]))
z = (rates[0] - rates[1]) / se
p_by_hand = 2 * (1 - stats.norm.cdf(abs(z)))
z_sm, p_sm = proportions_ztest(conversions, visitors)
print(np.round(rates, 5), round(z, 8), round(float(z_sm), 8), round(p_by_hand, 8), round(float(p_sm), 8))
table = np.array([[120, 2280], [150, 2350]])
chi2, p, dof, expected = stats.chi2_contingency(table)
print(round(float(chi2), 6), round(float(p), 8), dof)
print(np.round(expected, 3))
np.random.seed(5)
a = np.random.normal(10.0, 2.0, 40)
b = np.random.normal(11.0, 2.5, 35)
t = stats.ttest_ind(a, b)
welch = stats.ttest_ind(a, b, equal_var=False)
print(round(float(t.statistic), 6), round(float(t.pvalue), 6), round(float(welch.statistic), 6), round(float(welch.df), 4))
u = stats.mannwhitneyu(a, b)
print(round(float(u.statistic), 1), round(float(u.pvalue), 6))
ks = stats.ks_2samp(a, b)
print(round(float(ks.statistic), 6), round(float(ks.pvalue), 6))
r = stats.pearsonr(a[:35], b)
rho = stats.spearmanr(a[:35], b)
print(round(float(r.statistic), 6), round(float(rho.statistic), 6))
diff = a[:35] - b
print(round(float(stats.ttest_rel(a[:35], b).pvalue), 6), round(float(stats.ttest_1samp(diff, 0).pvalue), 6))
alpha = 0.05
power_z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(0.8)
n_per_group = 2 * (power_z ** 2) * 0.05 * 0.95 / 0.01 ** 2
print(math.ceil(n_per_group))
