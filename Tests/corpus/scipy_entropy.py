# Entropy (in nats) of SciPy's distributions, plain, frozen and scaled: each family's closed form, and the
# sums of entr(pmf) for the binomial and hypergeometric.
import numpy as np
from scipy import stats
cases = [("norm", ()), ("t", (3.5,)), ("t", (np.inf,)), ("t", (50,)), ("chi2", (4,)), ("chi2", (1.5,)), ("chi2", (200,)),
         ("expon", ()), ("uniform", ()), ("laplace", ()), ("logistic", ()), ("gamma", (2.5,)), ("gamma", (0.7,)),
         ("beta", (2, 5)), ("beta", (0.5, 0.5)), ("f", (5, 12)), ("lognorm", (0.6,)), ("weibull_min", (1.8,)),
         ("binom", (10, 0.3)), ("binom", (40, 0.9)), ("bernoulli", (0.3,)), ("geom", (0.3,)), ("randint", (2, 9)),
         ("hypergeom", (20, 7, 12))]
for name, shapes in cases:
    d = getattr(stats, name)
    print(name, shapes, repr(d.entropy(*shapes)), repr(d(*shapes).entropy()))
    if name not in ("binom", "bernoulli", "geom", "randint", "hypergeom"):
        print(" scaled", repr(d.entropy(*shapes, loc=1, scale=2.5)), d.entropy(*shapes, scale=-1))
print(stats.norm.entropy(scale=[1, 2, 3]))
