# scipy.stats laplace, logistic, lognorm, weibull_min, geom, bernoulli and randint: every method with loc and scale,
# support edges and invalid shapes. Laplace and randint print every digit; the others go through exp, log1p and
# pow, which NumPy computes with Intel's SVML on AVX-512 machines (a last-bit difference from the C library's),
# and bernoulli through Boost's binomial, so those print 12 significant digits.
import numpy as np
from scipy import stats

xs = np.array([-3.0, -1.0, -0.2, 0.0, 0.3, 0.5, 1.0, 1.7, 2.5, 4.0, 9.0])
qs = np.array([0.0, 1e-9, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0])
ks = np.array([-1, 0, 1, 2, 3, 4.5, 5, 7, 10, 20])


def show(values, exact):
    values = np.atleast_1d(np.asarray(values, dtype=float))
    return values.tolist() if exact else [float(f"{v:.12g}") for v in values]


for name, args in [("laplace", ()), ("logistic", ()), ("lognorm", (0.6,)), ("weibull_min", (1.7,)), ("lognorm", (1.5,))]:
    d = getattr(stats, name)
    exact = name == "laplace"
    for kw in [{}, {"loc": 0.5, "scale": 2.0}]:
        print(name, args, kw)
        for method in ["pdf", "cdf", "sf"]:
            print(method, show(getattr(d, method)(xs, *args, **kw), exact))
        for method in ["ppf", "isf"]:
            print(method, show(getattr(d, method)(qs, *args, **kw), exact))
        print(show([d.mean(*args, **kw), d.var(*args, **kw), d.std(*args, **kw), d.median(*args, **kw)], exact))
        print(show(d.interval(0.9, *args, **kw), exact))
for name, args in [("geom", (0.3,)), ("geom", (0.05,)), ("bernoulli", (0.3,)), ("randint", (2, 9)), ("randint", (-3, 4))]:
    d = getattr(stats, name)
    exact = name == "randint"
    for kw in [{}, {"loc": 1}]:
        print(name, args, kw)
        for method in ["pmf", "cdf", "sf"]:
            print(method, show(getattr(d, method)(ks, *args, **kw), exact))
        for method in ["ppf", "isf"]:
            print(method, show(getattr(d, method)(qs, *args, **kw), exact))
        print(show([d.mean(*args, **kw), d.var(*args, **kw), d.std(*args, **kw), d.median(*args, **kw)], exact))
frozen = stats.randint(1, 7)
print(frozen.mean(), frozen.var(), frozen.pmf(3), frozen.cdf(3.5), frozen.ppf(0.5))
print(stats.lognorm.pdf(2, -1), stats.geom.pmf(2, 1.5), stats.randint.pmf(3, 5, 2), stats.randint.pmf(3, 1.5, 6))
print(round(float(stats.lognorm(0.5, scale=np.exp(1)).cdf(3)), 12), round(float(stats.bernoulli(0.6).var()), 12))
np.random.seed(0)
for d, a in [(stats.laplace, ()), (stats.bernoulli, (0.4,)), (stats.lognorm, (0.5,))]:
    print(d.rvs(*a, size=8, random_state=1))
    print(d.rvs(*a, loc=1, size=3))
    print(d.rvs(*a, random_state=3))
print(stats.laplace(2, 3).rvs(size=4, random_state=7), stats.lognorm(0.3, scale=2).rvs(size=2, random_state=2))
