# Sampling distributions: the CLT by simulation, standard error, confidence intervals.
import numpy as np
from scipy import stats

np.random.seed(1)
population = np.random.exponential(scale=2.0, size=100000)
print(round(population.mean(), 4), round(population.std(), 4))
for size in [5, 30, 200]:
    means = np.array([np.random.choice(population, size).mean() for _ in range(2000)])
    print(size, round(means.mean(), 3), round(means.std(ddof=1), 4), round(population.std() / np.sqrt(size), 4))
sample = np.random.normal(loc=10, scale=3, size=40)
m, s = sample.mean(), sample.std(ddof=1)
se = s / np.sqrt(len(sample))
t_crit = stats.t.ppf(0.975, df=len(sample) - 1)
print(round(m, 4), round(s, 4), round(se, 4), round(t_crit, 4))
lo, hi = m - t_crit * se, m + t_crit * se
print(f"95% CI: ({lo:.3f}, {hi:.3f})")
ci = stats.t.interval(0.95, len(sample) - 1, loc=m, scale=stats.sem(sample))
print(np.round(ci, 3), np.isclose(ci[0], lo), np.isclose(ci[1], hi))
z = stats.norm.ppf([0.9, 0.95, 0.975, 0.995])
print(np.round(z, 4))
hits = 0
for _ in range(1000):
    x = np.random.normal(5, 2, 25)
    h = stats.t.ppf(0.975, 24) * x.std(ddof=1) / 5
    hits += (x.mean() - h <= 5 <= x.mean() + h)
print("coverage:", hits / 1000)
print(round(stats.norm.cdf(1.96) - stats.norm.cdf(-1.96), 4), stats.norm.sf(3).round(6))
