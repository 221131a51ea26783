# A t-test's confidence interval, as SciPy's result object gives it (values rounded: Student's t quantiles agree
# with SciPy's to ~1e-15, not always to the last bit).
from scipy import stats

r = stats.ttest_1samp([1, 2, 3.5], 0)
print(round(float(r.statistic), 10), round(float(r.pvalue), 10), r.df)
ci = r.confidence_interval()
print(type(ci).__name__, round(float(ci.low), 10), round(float(ci.high), 10))
print(round(float(r.confidence_interval(0.9).low), 10))
lo, hi = stats.ttest_ind([1, 2, 3], [2, 5, 7], alternative="less").confidence_interval()
print(lo, round(float(hi), 10))
welch = stats.ttest_ind([5.1, 4.9, 5.6, 5.8], [6.2, 6.0, 6.9, 7.1, 6.4], equal_var=False)
low, high = welch.confidence_interval(confidence_level=0.99)
print(round(float(low), 8), round(float(high), 8), round(float(welch.df), 8))
