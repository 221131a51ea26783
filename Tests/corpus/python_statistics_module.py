# Python's statistics module: exact-fraction mean/variance/stdev (types kept as CPython keeps them), fmean,
# medians, modes, quantiles, covariance/correlation/linear_regression and NormalDist, with StatisticsError.
import statistics
from statistics import NormalDist
import numpy as np
data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(repr(statistics.mean(data)), repr(statistics.mean([1, 2, 3])), repr(statistics.mean([1, 2])), repr(statistics.mean([True, True])))
print(repr(statistics.mean([0.1] * 10)), repr(statistics.mean([1e50, 1, -1e50] * 1000)), repr(statistics.mean([1, 2.5, 2**70])))
print(repr(statistics.mean(np.array([1.0, 2.5]))), repr(statistics.mean([np.int64(1), np.int64(2)])), repr(statistics.mean([1.0, float('inf')])))
print(repr(statistics.fmean(data)), repr(statistics.fmean([1, 2, 3], weights=[0.25, 0.5, 0.25])), repr(statistics.geometric_mean([54, 24, 36])))
print(repr(statistics.harmonic_mean([40, 60])), repr(statistics.harmonic_mean([40, 60], weights=[5, 30])), repr(statistics.harmonic_mean([2.5, 0, 3])), repr(statistics.harmonic_mean([7])))
print(repr(statistics.median([1, 3, 5])), repr(statistics.median([1, 3, 5, 7])), repr(statistics.median([1.5, 2])), repr(statistics.median_low([1, 3, 5, 7])), repr(statistics.median_high([1, 3, 5, 7])))
print(repr(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4])), repr(statistics.mode(["red", "blue", "blue", "red", "green"])), repr(statistics.multimode("aabbbbccddddeeffffgg")), statistics.multimode([]))
print(repr(statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])), repr(statistics.variance([1, 2, 3])), repr(statistics.variance([1, 2, 3, 4])), repr(statistics.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])))
print(repr(statistics.variance([1, 2, 3, 4], 2.5)), repr(statistics.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], xbar=2.875)), repr(statistics.pvariance([1, 3, 5], mu=3)))
print(repr(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])), repr(statistics.stdev([1, 2, 3])), repr(statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])), repr(statistics.stdev([0.1, 0.2, 0.3, 0.4])))
print(repr(statistics.variance(np.array([1.5, 2.5, 4.0]))), repr(statistics.stdev(np.array([1.5, 2.5, 4.0]))), repr(statistics.variance([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3])))
print(statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(statistics.quantiles([1.5, 2, 7, 3.25], n=4, method='inclusive'), statistics.quantiles([1, 2, 3, 4, 5]), statistics.quantiles([1, 9], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(repr(statistics.covariance(x, y)), repr(statistics.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1])), repr(statistics.correlation(x, y)))
print(statistics.linear_regression([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1]), statistics.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
n = NormalDist(100, 15)
print(n, repr(n.mean), n.stdev, n.variance, n.median, n.mode)
print(repr(n.cdf(130)), repr(n.pdf(110)), repr(n.inv_cdf(0.975)), repr(NormalDist().inv_cdf(0.025)), repr(NormalDist().inv_cdf(1e-10)), repr(NormalDist().inv_cdf(0.9999)))
print(n.quantiles(), repr(n.zscore(121)), repr(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0))), repr(NormalDist(0, 1).overlap(NormalDist(1, 1))))
print(n + 5, n * 2, n - NormalDist(10, 20), 50 - n, n / 3, -n, +n, 2 * n, 5 + n, n == NormalDist(100, 15), n == 3)
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), hash(NormalDist(1, 2)) == hash((1.0, 2.0)), isinstance(n, NormalDist))
print([round(v, 12) for v in NormalDist(0, 1).samples(4, seed=42)])
class Temp(NormalDist):
    pass
t = Temp(1, 2)
print(t, t + 1)
for bad in [lambda: statistics.mean([]), lambda: statistics.variance([1]), lambda: statistics.median([]), lambda: statistics.mode([]), lambda: NormalDist(0, -1), lambda: NormalDist().inv_cdf(1.5), lambda: statistics.correlation([1, 1, 1], [1, 2, 3]), lambda: statistics.quantiles([1]), lambda: statistics.geometric_mean([1, -1]), lambda: statistics.covariance([1, 2], [1]), lambda: statistics.harmonic_mean([1, -2])]:
    try:
        print(bad())
    except statistics.StatisticsError as e:
        print("StatisticsError", e)
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(statistics.StatisticsError, ValueError))
print(statistics.variance([3, 4, 5, 2**80]))
print(statistics.mean([2**64, 1]))
