# t, F, beta, binomial and negative binomial probabilities at full precision, and the tests whose p-values
# they give: SciPy computes them with Boost's incomplete beta (series, continued fraction, BGRAT with the
# incomplete gamma, the binomial finite sum, the erf form for huge shapes), each route exercised here.
import numpy as np
from scipy import special, stats

rng = np.random.default_rng(11)


def powers_of_ten(exponents):
    # Python's float power (C pow), not NumPy's array power, which is SVML's on AVX-512 machines.
    return np.array([10.0 ** float(e) for e in exponents])


for n, p in [(10, 0.3), (50, 0.1), (200, 0.45), (7, 0.9), (1000, 0.01), (1, 0.5), (25, 0.5), (3000, 0.7)]:
    k = np.arange(0, n + 1, max(1, n // 13))
    print(stats.binom.pmf(k, n, p).tolist())
    print(stats.binom.cdf(k, n, p).tolist())
    print(stats.binom.sf(k, n, p).tolist())
for a, b in [(2.5, 4), (0.5, 0.5), (0.3, 2), (1, 3), (30, 40), (200, 150), (0.8, 0.9), (5, 1)]:
    x = np.concatenate([rng.uniform(0, 1, 12), [0.0, 1.0, 1e-9, 1 - 1e-9]])
    print(stats.beta.cdf(x, a, b).tolist())
    print(stats.beta.pdf(x, a, b).tolist())
for df in [1, 2, 3, 5, 9, 14.5, 29, 100, 1000, 1e6, 0.7]:
    x = np.concatenate([rng.normal(0, 3, 12), [0.0, 40.0, -1e-8]])
    print(stats.t.cdf(x, df).tolist())
    print(stats.t.sf(x, df).tolist())
for d1, d2 in [(1, 1), (2, 10), (3, 40), (5, 2), (12, 120), (60, 80), (0.5, 7)]:
    x = np.concatenate([rng.exponential(2, 12), [0.0, 1e-7, 300.0]])
    print(stats.f.cdf(x, d1, d2).tolist())
    print(stats.f.sf(x, d1, d2).tolist())
for n, p in [(5, 0.5), (1, 0.3), (2.5, 0.7), (20, 0.9), (0.4, 0.2), (100, 0.05), (3, 1.0)]:
    k = np.array([0, 1, 2, 3, 5, 8, 13, 21, 50, 200, 2.5, -1])
    print(stats.nbinom.pmf(k, n, p).tolist())
    print(stats.nbinom.cdf(k, n, p).tolist())
    print(stats.nbinom.sf(k, n, p).tolist())
    rv = stats.nbinom(n, p)
    print(rv.mean(), rv.var(), rv.std(), rv.median(), rv.ppf([0.1, 0.5, 0.9]), rv.interval(0.9))

# The special functions themselves, over shapes from 1e-3 to 1e12 and every x region.
a = np.concatenate([rng.uniform(0.001, 1, 30), rng.uniform(1, 60, 30), rng.integers(1, 45, 20).astype(float),
                    [0.5, 1.0, 1e11, 2e12, 700.0]])
b = np.concatenate([rng.uniform(0.001, 1, 25), rng.uniform(1, 400, 35), rng.integers(1, 60, 20).astype(float),
                    [0.5, 1.0, 1e11, 2.1e12, 650.0]])
x = np.concatenate([rng.uniform(0, 1, 60), powers_of_ten(rng.uniform(-300, -1, 15)), 1 - powers_of_ten(rng.uniform(-15, -1, 10))])
print(special.betainc(a, b, x).tolist())
print(special.betainc(a, b, a / (a + b)).tolist())
print(special.stdtr(b, rng.normal(0, 4, b.size)).tolist())
print(special.fdtr(a, b, rng.exponential(1.5, a.size)).tolist())
print(special.fdtrc(a, b, rng.exponential(1.5, a.size)).tolist())
print(special.gammainc(a, b / 7).tolist(), special.gammaincc(b / 3, a).tolist())
print(special.chdtr(4, [0.5, 3.0, 9.0]), special.chdtrc(4, [0.5, 3.0, 9.0]))
print(special.betainc(0, 2, 0.5), special.betainc(2, 0, 0.5), special.betainc(np.inf, 2, 0.5), special.betainc(2, 3, 1.5))

print(stats.ttest_ind([1.2, 3.4, 2.2, 4.1, 2.9], [2.8, 4.4, 3.9, 5.1, 4.2, 3.3]))
print(stats.ttest_ind(rng.normal(0, 1, 30), rng.normal(0.4, 1.5, 25), equal_var=False))
print(stats.ttest_1samp(rng.normal(0.2, 1, 40), 0.0))
print(stats.ttest_rel(rng.normal(0, 1, 15), rng.normal(0.3, 1, 15), alternative="less"))
print(stats.f_oneway(rng.normal(0, 1, 10), rng.normal(0.5, 1, 12), rng.normal(1, 1, 9)))
print(stats.linregress(np.arange(20.0), 2 * np.arange(20.0) + rng.normal(0, 3, 20)))
print(stats.binomtest(7, 20, 0.5), stats.binomtest(130, 1000, 0.1, alternative="greater"))

# pearsonr's lower tail is betainc (Boost in double); its upper tail (betaincc) SciPy runs in long double.
for n in [3, 5, 10, 30, 100]:
    x = rng.normal(size=n)
    y = 0.3 * x + rng.normal(size=n)
    print(stats.pearsonr(x, y, alternative="less"))
