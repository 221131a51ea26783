# The legacy generator's Student's t, F, Cauchy, Pareto, Weibull, power, Rayleigh and negative binomial draws
# after np.random.seed(n): NumPy's legacy streams (its exp(E/a) − 1 Pareto, 1 − exp(−E) power) and checks.
import numpy as np
np.random.seed(12)
print(np.random.standard_t(5, size=6))
print(np.random.standard_t(0.7), np.random.standard_t(30))
print(np.random.f(3, 12, size=5), np.random.f(1, 1))
print(np.random.standard_cauchy(4), np.random.standard_cauchy())
print(np.random.pareto(3.0, 5), np.random.weibull(1.5, 5), np.random.weibull(0))
print(np.random.power(2.5, 5), np.random.rayleigh(2.0, 5), np.random.rayleigh())
print(np.random.negative_binomial(5, 0.5, 10), np.random.negative_binomial(0.5, 0.3), np.random.negative_binomial(1, 1.0, 3))
print(np.random.normal(size=3))
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: np.random.negative_binomial(5, 1.5))
t(lambda: np.random.negative_binomial(0, 0.5))
t(lambda: np.random.standard_t(0))
t(lambda: np.random.weibull(-1))
t(lambda: np.random.f(0, 1))
t(lambda: np.random.rayleigh(-1))
t(lambda: np.random.pareto(0))
t(lambda: np.random.power(-1))
