# scipy.stats.trim_mean and trimboth: the middle of np.partition at both cuts, averaged as np.mean does.
import numpy as np
from scipy import stats

salaries = np.array([42, 45, 47, 50, 51, 53, 55, 58, 61, 250])
print(np.mean(salaries), np.median(salaries), stats.trim_mean(salaries, 0.1))
print(stats.trim_mean([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 0.2), stats.trim_mean([1.5, 2.5], 0.0))

rng = np.random.default_rng(12)
x = rng.normal(10, 3, 1001)
x[:20] += 50
for cut in (0.0, 0.05, 0.1, 0.25, 0.4999):
    print(cut, stats.trim_mean(x, cut))
print(stats.trimboth(np.arange(10), 0.2))
print(stats.trimboth(rng.integers(0, 30, 23), 0.15))

m = rng.normal(size=(300, 4))
print(stats.trim_mean(m, 0.1))
print(stats.trim_mean(m, 0.1, axis=1)[:5])
print(stats.trim_mean(m, 0.2, axis=None))
print(stats.trim_mean(m[:6], 0.25, keepdims=True))
print(stats.trimboth(np.arange(12).reshape(3, 4)[::-1], 0.25, axis=1))
print(stats.trimboth([[1, 5, 3], [4, 2, 6]], 0.1, axis=None))

print(stats.trim_mean([1, 2, np.nan, 4, 5], 0.2), stats.trim_mean([1, 2, np.nan, 4, 5], 0.2, nan_policy="omit"))
print(stats.trim_mean([1, 2, 3, 4], 0.5))
for args in [([1, 2, 3], 0.9), ([1, 2, 3, 4], 0.5)]:
    try:
        print(stats.trimboth(*args))
    except ValueError as e:
        print(e)
try:
    stats.trim_mean([1, 2, 3], 0.9)
except ValueError as e:
    print(e)
