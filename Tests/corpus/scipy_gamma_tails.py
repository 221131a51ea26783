# chi2, gamma and poisson tails at full precision: Cephes' igam/igamc by every route (power series, continued
# fraction, small-x series for Q, Temme's expansion near x = a for a > 20), as SciPy computes them.
import numpy as np
from scipy import stats
rng = np.random.default_rng(5)


def powers_of_ten(exponents):
    # Python's float power (C pow), not NumPy's array power, which is SVML's on AVX-512 machines.
    return np.array([10.0 ** float(e) for e in exponents])


bad = 0
total = 0
lines = []
for df in [1, 2, 3, 4, 5, 7, 10, 15, 30, 41, 45, 60, 80, 150, 399, 401, 1000, 5000]:
    xs = np.concatenate([rng.uniform(0, 3 * df, 20), df * (1 + rng.uniform(-0.25, 0.25, 10)), [0.01, 0.3, 0.7, 1.0, 2.1, 2.3]])
    for x in xs:
        lines.append(repr(float(stats.chi2.sf(x, df))) + " " + repr(float(stats.chi2.cdf(x, df))))
for a in [0.3, 0.5, 1.7, 4.2, 21.5, 33.0, 250.0]:
    for x in np.concatenate([rng.uniform(0, 3 * a, 15), [0.2, 0.45, 0.6, 1.05, 1.5]]):
        lines.append(repr(float(stats.gamma.cdf(x, a))) + " " + repr(float(stats.gamma.sf(x, a))))
for mu in [0.5, 3.0, 12.5, 40.0, 300.0]:
    for k in range(0, int(3 * mu) + 2, max(1, int(mu) // 4)):
        lines.append(repr(float(stats.poisson.cdf(k, mu))) + " " + repr(float(stats.poisson.sf(k, mu))))
print(len(lines))
print("\n".join(lines))

# The inverses (Cephes igami/igamci): gammaincinv, gammainccinv, chi2 and gamma quantiles.
from scipy import special
a = np.concatenate([rng.uniform(0.01, 1, 40), rng.uniform(1, 30, 40), [0.5, 1, 1.5, 2, 2.5, 50, 120, 400, 600, 2000]])
p = np.concatenate([rng.uniform(0, 1, 60), powers_of_ten(rng.uniform(-12, -1, 15)), 1 - powers_of_ten(rng.uniform(-12, -1, 15))])
print(special.gammaincinv(a, p).tolist())
print(special.gammainccinv(a, p).tolist())
for df in [1, 2, 3, 4, 5, 9, 10, 20, 30, 99, 500]:
    print(df, stats.chi2.ppf([0.9, 0.95, 0.975, 0.99, 0.5, 0.05, 1e-6], df).tolist(), stats.chi2.isf([0.05, 0.01, 0.3], df).tolist())
print(stats.gamma.ppf([0.1, 0.5, 0.9], 2.5, scale=3), stats.gamma.isf([0.1, 0.5], 0.7))
print(stats.chi2.interval(0.95, 7), stats.chi2(3).ppf(0.95))
