# scipy.stats moments and the Cephes expm1/log1p SciPy's expon, weibull_min and logistic call: variances in SciPy's
# order of operations (binom, bernoulli, hypergeom), .stats() with moments='mv', 'm', 'v', frozen too.
from scipy import stats
for n, p in [(10, 0.3), (40, 0.75), (7, 0.1), (100, 0.33)]:
    print(stats.binom.var(n, p), stats.binom.std(n, p), stats.binom.stats(n, p), stats.bernoulli.var(p))
for M, n, N in [(50, 20, 10), (20, 7, 12), (1000, 333, 77)]:
    print(stats.hypergeom.mean(M, n, N), stats.hypergeom.var(M, n, N), stats.hypergeom.stats(M, n, N))
print(stats.norm.stats(), stats.norm(1, 2).stats(moments="v"), stats.t.stats(5, moments="m"), stats.poisson.stats(mu=[1, 2]))
print(stats.expon.cdf([1e-3, 0.2, 0.7, 3]), stats.expon.ppf([1e-3, 0.2, 0.5, 0.9]))
print(stats.weibull_min.cdf([1e-3, 0.2, 0.7], 1.5), stats.weibull_min.ppf([1e-3, 0.2, 0.9], 0.7))
print(stats.logistic.pdf([-3, -0.2, 0, 0.2, 3]))
