"""scipy.special: the logistic pair, erf/erfc/ndtr/ndtri, softmax/log_softmax/logsumexp along axes, xlogy and
the entropy terms, comb/binom (exact and float), at the edges where SciPy switches formulas."""
import numpy as np
from scipy import special
from scipy.special import expit, logit, softmax, logsumexp, erf, xlogy, comb
import scipy.special as sp
rng = np.random.default_rng(3)
x = rng.normal(size=6) * 3
for v in [0.0, 1.0, -2.5, 40.0, -800.0, 0.3, 0.5, 0.65]:
    print(repr(expit(v)), repr(sp.log_expit(v)), repr(erf(v)), repr(sp.erfc(v)), repr(sp.ndtr(v)))
print(expit(x), logit(expit(x)))
for p in [0.01, 0.3, 0.31, 0.5, 0.64, 0.66, 0.99, 0.0, 1.0]:
    print(repr(logit(p)), repr(sp.ndtri(p)))
print(softmax(x), softmax([1, 2, 3]), softmax(np.array([[1., 2], [3, 5]]), axis=1), softmax(np.array([[1., 2], [3, 5]]), axis=0))
print(sp.log_softmax(x), sp.log_softmax([[1, 2], [3, 4]], axis=1))
print(repr(logsumexp(x)), logsumexp([[1, 2], [3, 4]], axis=0), logsumexp([[1, 2], [3, 4]], axis=1, keepdims=True))
print(repr(logsumexp([1000, 1000])), repr(logsumexp([-np.inf, -np.inf])), repr(logsumexp([np.inf, 1])), repr(logsumexp(5.0)))
print(repr(xlogy(0, 0)), repr(xlogy(2, 3)), xlogy([0, 1, 2], [0, 2, 3]), repr(sp.xlog1py(0, -1)), repr(sp.xlog1py(2, 0.5)))
print(sp.entr([0.5, 0, -1, 2]), sp.rel_entr([0.5, 0, 1], [0.25, 0.5, 0]), sp.kl_div([0.5, 0], [0.25, 0.5]))
p = np.array([0.1, 0.2, 0.7]); q = np.array([0.3, 0.3, 0.4])
print(repr(sp.rel_entr(p, q).sum()), repr(special.entr(p).sum()))
print(repr(comb(5, 2)), repr(comb(10, 3, exact=True)), comb([5, 6], 2), repr(comb(3, 5)), repr(comb(4, 2, repetition=True)), repr(comb(30, 28)))
print(repr(sp.binom(5, 2)), repr(sp.binom(7.5, 3)), repr(comb(100, 50, exact=True)))

# erfinv: Boost's erf_inv, each of its seven rational pieces, the ends and outside the domain.
ys = [0.0, -0.0, 1e-300, 3e-8, 0.1, -0.25, 0.5, 0.7, -0.9, 0.99, 0.999999, 1 - 1e-12, -(1 - 2.0**-52), 1.0, -1.0, 1.5, np.nan]
print([repr(float(v)) for v in special.erfinv(ys)])
print(special.erfinv(0.5), special.erf(special.erfinv(0.3)))
