# The legacy np.random module after np.random.seed(n): standard_normal, standard_exponential, lognormal, laplace,
# gumbel, logistic, ranf and sample, on NumPy's MT19937 stream.
import numpy as np
np.random.seed(3)
print(np.random.standard_normal(4), np.random.standard_normal(), np.random.standard_exponential(3))
print(np.random.lognormal(0, 0.5, 4), np.random.lognormal(size=2), np.random.laplace(1.0, 2.0, 4), np.random.laplace())
print(np.random.gumbel(0, 1, 4), np.random.logistic(2.0, 0.5, 4), np.random.ranf(3), np.random.sample(2), np.random.sample())
x = np.random.laplace(0, 1, 20000); print(x.mean(), x.var())
print(np.random.rand())
for bad in (lambda: np.random.laplace(0, -1), lambda: np.random.lognormal(0, -1), lambda: np.random.gumbel(0, -0.0), lambda: np.random.logistic(0, -2)):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
r = np.random.RandomState(7)
print(r.laplace(0, 1, 3), r.gumbel(size=2), r.logistic(), r.lognormal(1, 0.2, 2), r.standard_normal(2), r.standard_exponential(2))
