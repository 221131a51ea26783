# A/B test planning: sample size, power, two-proportion z-test, chi-square.
import math
import numpy as np
from scipy import stats

p1, p2 = 0.10, 0.12
alpha, power = 0.05, 0.8
z_a = stats.norm.ppf(1 - alpha / 2)
z_b = stats.norm.ppf(power)
p_bar = (p1 + p2) / 2
n = (z_a * math.sqrt(2 * p_bar * (1 - p_bar)) + z_b * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / (p2 - p1) ** 2
print(round(z_a, 4), round(z_b, 4), math.ceil(n))
conv_a, n_a = 410, 4000
conv_b, n_b = 472, 4000
pa, pb = conv_a / n_a, conv_b / n_b
pooled = (conv_a + conv_b) / (n_a + n_b)
se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
z = (pb - pa) / se
p_value = 2 * stats.norm.sf(abs(z))
print(f"lift={pb - pa:.4f} z={z:.4f} p={p_value:.5f} significant={p_value < alpha}")
se_diff = math.sqrt(pa * (1 - pa) / n_a + pb * (1 - pb) / n_b)
print(f"95% CI for lift: [{pb - pa - z_a * se_diff:.4f}, {pb - pa + z_a * se_diff:.4f}]")
table = np.array([[conv_a, n_a - conv_a], [conv_b, n_b - conv_b]])
chi2, p, dof, expected = stats.chi2_contingency(table, correction=False)
print(round(chi2, 4), round(p, 5), dof, np.round(expected, 1), np.isclose(chi2, z ** 2))
chi2c, pc, _, _ = stats.chi2_contingency(table)
print(round(chi2c, 4), round(pc, 5))
def power_at(n, p1, p2):
    se0 = math.sqrt(2 * ((p1 + p2) / 2) * (1 - (p1 + p2) / 2) / n)
    se1 = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n)
    return stats.norm.cdf((abs(p2 - p1) - z_a * se0) / se1)
for size in [1000, 2000, 3841, 6000]:
    print(size, round(power_at(size, p1, p2), 4))
np.random.seed(11)
a = np.random.binomial(1, 0.10, 3000)
b = np.random.binomial(1, 0.115, 3000)
t = stats.ttest_ind(b, a)
print(a.mean(), b.mean(), round(t.statistic, 4), round(t.pvalue, 4))
res = stats.binom.sf(conv_b - 1, n_b, 0.1)
print(round(res, 6))
