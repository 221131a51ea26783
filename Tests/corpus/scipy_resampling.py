# A/B testing by resampling: SciPy's permutation_test and bootstrap, reproducible through np.random.seed.
import numpy as np
from scipy import stats

control = np.array([12.1, 9.8, 11.4, 10.9, 13.2, 10.1, 9.5, 11.8])
variant = np.array([13.4, 12.2, 14.1, 11.9, 13.8, 12.5, 14.6, 12.9])


def mean_difference(a, b):
    return np.mean(b) - np.mean(a)


np.random.seed(7)
res = stats.permutation_test((control, variant), mean_difference, n_resamples=2000)
print(round(float(res.statistic), 10), round(float(res.pvalue), 10), res.null_distribution.shape)
exact = stats.permutation_test((control[:5], variant[:5]), mean_difference, alternative="greater")
print(round(float(exact.pvalue), 10), len(exact.null_distribution))
paired = stats.permutation_test(
    (control, variant), lambda a, b: np.mean(a - b), permutation_type="samples", alternative="less")
print(round(float(paired.pvalue), 10))
np.random.seed(3)
boot = stats.bootstrap((variant,), np.mean, n_resamples=1000, method="percentile")
ci = boot.confidence_interval
print(type(ci).__name__, round(float(ci.low), 8), round(float(ci.high), 8), round(float(boot.standard_error), 8))
np.random.seed(4)
bca = stats.bootstrap((control, variant), mean_difference, n_resamples=500)
print(round(float(bca.confidence_interval.low), 8), round(float(bca.confidence_interval.high), 8))
print(len(bca.bootstrap_distribution), type(res).__name__, type(boot).__name__)
