# Edge values through the libraries: empty samples, constant data, NaN bounds, zero spacing and huge means,
# each printing what NumPy, SciPy and CPython print (a NaN result or their error), never something else.
import collections
import itertools
import math
import random

import numpy as np
from scipy import special, stats


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("corrcoef constant", lambda: np.corrcoef([1, 1], [1, 2]))
attempt("corrcoef", lambda: np.corrcoef([1, 2, 4], [2, 1, 5]))
attempt("cov one", lambda: np.cov([1, 2, 3]))
attempt("cov single", lambda: np.cov([1]))
attempt("cov rows", lambda: np.cov([[1, 2, 3], [2, 2, 5]]))
attempt("entropy zeros", lambda: stats.entropy([0, 0]))
attempt("entropy", lambda: stats.entropy([1, 2, 3]))
attempt("mannwhitneyu empty", lambda: stats.mannwhitneyu([], [1]))
attempt("ks_2samp empty", lambda: stats.ks_2samp([], [1]))
attempt("kstest empty", lambda: stats.kstest([], "norm"))
attempt("kstest second empty", lambda: stats.kstest([1, 2], []))
attempt("spearmanr one", lambda: stats.spearmanr([1], [2]))
attempt("chi2_contingency row", lambda: stats.chi2_contingency([[1, 2]]))
attempt("chi2_contingency column", lambda: stats.chi2_contingency([[1], [2]]))
for c in [0.95, 1, 0, -0.1, 1.5, [0.5, 0.9], [0.5, 2]]:
    attempt("t.interval %r" % (c,), lambda: stats.t.interval(c, 5))
attempt("poisson.ppf huge", lambda: stats.poisson.ppf(0.5, 1e300))
attempt("poisson.ppf", lambda: stats.poisson.ppf([0.01, 0.5, 0.99], 3.5))
attempt("poisson.ppf far", lambda: stats.poisson.ppf([1e-12, 0.5, 1 - 1e-12], 1e6))
attempt("binom.ppf", lambda: stats.binom.ppf([0, 0.2, 0.5, 0.999, 1], 40, 0.3))
attempt("binom.isf", lambda: stats.binom.isf([0, 0.2, 0.5, 0.999, 1], 40, 0.3))
attempt("nbinom.ppf", lambda: stats.nbinom.ppf([0.1, 0.5, 0.9], 5, 0.2))
attempt("geom.ppf", lambda: stats.geom.ppf([0.1, 0.5, 0.9999], 0.01))
attempt("hypergeom.ppf", lambda: stats.hypergeom.ppf([0.1, 0.5, 0.9], 50, 20, 10))
attempt("logsumexp empty", lambda: special.logsumexp([]))
attempt("logsumexp axis empty", lambda: special.logsumexp(np.zeros((0, 3)), axis=0))
attempt("softmax empty", lambda: special.softmax([]))
attempt("max empty", lambda: np.max([]))
attempt("argmax empty", lambda: np.argmax([]))
attempt("roots nan", lambda: np.roots([float("nan"), 1]))
attempt("eig inf", lambda: np.linalg.eig(np.full((2, 2), float("inf"))))
attempt("eigvals nan", lambda: np.linalg.eigvals(np.array([[1.0, float("nan")], [0, 1]])))
attempt("fftfreq 0", lambda: np.fft.fftfreq(0))
attempt("fftfreq d 0", lambda: np.fft.fftfreq(5, d=0))
attempt("rfftfreq 0", lambda: np.fft.rfftfreq(0))
attempt("fftfreq negative", lambda: np.fft.fftfreq(-3))
attempt("zeros 65 dims", lambda: np.zeros([0] * 65))
attempt("reshape 70 dims", lambda: np.zeros(3).reshape([1] * 70))
attempt("triu_indices huge", lambda: np.triu_indices(10**6))
attempt("triu_indices", lambda: np.triu_indices(3, 1))
g = np.random.default_rng(5)
attempt("integers 1e30", lambda: g.integers(0, 1e30))
attempt("integers -1e30", lambda: g.integers(-1e30, 0))
attempt("integers inf", lambda: g.integers(0, float("inf")))
attempt("integers nan", lambda: g.integers(0, float("nan")))
attempt("integers float", lambda: g.integers(0.5, 3.7, size=5))
np.random.seed(3)
attempt("poisson nan", lambda: np.random.poisson(float("nan")))
attempt("poisson negative", lambda: np.random.poisson(-1))
attempt("binomial p", lambda: np.random.binomial(5, 1.5))
attempt("binomial nan", lambda: np.random.binomial(5, float("nan")))

random.seed(11)
attempt("expovariate 0", lambda: random.expovariate(0))
attempt("expovariate", lambda: random.expovariate(2.0))
attempt("vonmises negative kappa", lambda: random.vonmisesvariate(0, -1))
attempt("fsum inf", lambda: math.fsum([float("inf"), float("-inf")]))
attempt("fsum nan", lambda: math.fsum([float("nan"), 1.0]))
attempt("fsum inf ok", lambda: math.fsum([float("inf"), 1.0, float("inf")]))
attempt("fsum overflow", lambda: math.fsum([1e308, 1e308, -1e308]))
attempt("fsum exact", lambda: math.fsum([0.1] * 10))
attempt("deque maxlen", lambda: collections.deque(maxlen=-1))
attempt("complex pow", lambda: (1 + 2j) ** 10**19)
attempt("complex pow ok", lambda: (1 + 2j) ** 3)
attempt("complex pow big", lambda: (1e200 + 1e200j) ** 2)
for args in [(-1,), (1, -1), (-1, 2), (0, 2, 0), (0, 2, -1), ("a",), (None, 3), (1, None, 2)]:
    attempt("islice %r" % (args,), lambda: list(itertools.islice(range(5), *args)))
attempt("format e big", lambda: format(10**400, "e"))
attempt("percent e big", lambda: "%e" % 10**400)
attempt("percent f big", lambda: "%.3f" % 10**400)
attempt("format e int", lambda: format(10**20, ".3e"))
attempt("width digits", lambda: "{:10000000000000000000}".format(1))
attempt("precision digits", lambda: "{:.10000000000000000000f}".format(1.0))
attempt("precision too big", lambda: f"{1:.{10**10}f}")
for spec in ["<05", "x<05", "05", ">05", "^05", "=05", "05s", "<05s", "05d", "08.3f", "+06"]:
    for v in [1, "ab", -1.5]:
        attempt("format %r %r" % (spec, v), lambda: format(v, spec))
for enc in ["utf-8", "UTF8", "utf_8", "ascii", "bogus"]:
    for s in ["abc", "h\u00e9llo", "\u20ac", "\U0001f600"]:
        attempt("encode %s %r" % (enc, s), lambda: s.encode(enc))
