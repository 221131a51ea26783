# logpdf / logpmf / logcdf / logsf of SciPy's distributions, plain and frozen, with loc and scale, at points
# inside, on the edge of and outside each support: the log-likelihood sums of maximum-likelihood exercises.
import numpy as np
from scipy import stats


def rounded(values):
    # Where SciPy takes NumPy's array log, exp or power, NumPy's AVX-512 code (SVML) and its AVX2 code can
    # differ in the last digit: those results are shown to 12 digits.
    return [float(f"{v:.12g}") for v in values.tolist()]


xs = np.array([-2.5, -0.5, 0.0, 0.25, 0.5, 1.0, 1.75, 3.0, 7.5])
continuous = [
    ("norm", ()), ("t", (3.5,)), ("t", (np.inf,)), ("chi2", (4,)), ("chi2", (1.5,)), ("expon", ()),
    ("gamma", (2.5,)), ("gamma", (0.7,)), ("beta", (2, 5)), ("f", (5, 12)),
    ("lognorm", (0.6,)), ("weibull_min", (1.8,)), ("laplace", ()), ("logistic", ()), ("uniform", ()),
]
for name, shapes in continuous:
    d = getattr(stats, name)
    print(name, shapes, "logpdf", d.logpdf(xs, *shapes).tolist())
    print(name, shapes, "logpdf loc/scale", rounded(d.logpdf(xs, *shapes, loc=0.5, scale=2.0)))
    frozen = d(*shapes, loc=-0.25, scale=1.5)
    print(name, shapes, "frozen logpdf", rounded(frozen.logpdf(xs)))
    if name not in ("norm", "lognorm", "t"):
        print(name, shapes, "logcdf", d.logcdf(xs, *shapes).tolist())
        print(name, shapes, "logsf", rounded(d.logsf(xs, *shapes)))

# The normal's log tails from -1 to 1 standard deviations (log1p(-erfc/2)); SciPy's erfcx branch beyond.
inner = np.linspace(-1, 1, 9)
print("norm logcdf", stats.norm.logcdf(inner).tolist())
print("norm logsf", stats.norm.logsf(inner).tolist())
print("lognorm logcdf", stats.lognorm.logcdf([0.8, 1.0, 1.3], 0.5).tolist())

ks = np.array([-1, 0, 1, 2, 3, 4.5, 5, 10, 40])
discrete = [
    ("binom", (10, 0.3)), ("binom", (40, 0.9)), ("poisson", (2.5,)), ("poisson", (0.1,)), ("geom", (0.3,)),
    ("nbinom", (5, 0.4)), ("bernoulli", (0.3,)), ("hypergeom", (20, 7, 12)), ("randint", (2, 9)),
]
for name, shapes in discrete:
    d = getattr(stats, name)
    print(name, shapes, "logpmf", d.logpmf(ks, *shapes).tolist())
    print(name, shapes, "logpmf loc", d.logpmf(ks, *shapes, loc=1).tolist())
    if name != "hypergeom":
        print(name, shapes, "logcdf", rounded(d.logcdf(ks, *shapes)))
        print(name, shapes, "logsf", d.logsf(ks, *shapes).tolist())

# A log-likelihood, as an exercise computes it.
rng = np.random.default_rng(3)
sample = rng.normal(2.0, 1.5, 200)
for mu in [1.5, 2.0, 2.5]:
    print(mu, stats.norm.logpdf(sample, mu, 1.5).sum(), stats.norm(mu, 1.5).logpdf(sample).mean())
counts = rng.poisson(3.2, 100)
print(stats.poisson.logpmf(counts, 3.2).sum(), stats.poisson(3.0).logpmf(counts).sum())
print(stats.norm.logpdf(2.0), stats.norm.logpdf(np.nan), stats.norm.logpdf(1.0, scale=-1))
print(stats.expon.logpdf(0.0), stats.expon.logsf(0.0), stats.geom.logsf(0, 0.5))
for name, method in [("norm", "logpmf"), ("binom", "logpdf")]:
    try:
        getattr(getattr(stats, name), method)
    except AttributeError as e:
        print(e)
