# Generator draws from Student's t, F, Cauchy, Pareto, Weibull, power, Rayleigh and negative binomial
# distributions, NumPy's streams and parameter errors.
import numpy as np
rng = np.random.default_rng(2024)
print(rng.standard_t(5, size=6))
print(rng.standard_t(0.7), rng.standard_t([1, 2, 30]))
print(rng.f(3, 12, size=5), rng.f(1, 1))
print(rng.standard_cauchy(4), rng.standard_cauchy())
print(rng.pareto(3.0, 5), rng.weibull(1.5, 5), rng.weibull(0))
print(rng.power(2.5, 5), rng.rayleigh(2.0, 5), rng.rayleigh())
print(rng.negative_binomial(5, 0.5, 10), rng.negative_binomial(0.5, 0.3), rng.negative_binomial(1, 1.0, 3))
print(rng.normal(size=3))
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: rng.standard_t(0))
t(lambda: rng.f(1, -1))
t(lambda: rng.weibull(-1))
t(lambda: rng.negative_binomial(0, 0.5))
t(lambda: rng.negative_binomial(5, 0))
t(lambda: rng.negative_binomial(1e20, 0.001))
t(lambda: rng.negative_binomial(np.nan, 0.5))
t(lambda: rng.pareto(0))
