# scipy.special's Gamma family (gamma, gammaln, gammasgn, rgamma, loggamma, psi/digamma, beta, betaln): Cephes'
# digits across the reflection, recurrence and Stirling ranges, the poles and signed zeros, and arrays.
import numpy as np
from scipy import special

points = [0.5, 1, 2, 3.5, 5, 10.5, 33.5, 100, 171.5, 172, -0.5, -1.5, -2.5, -33.5, -40.25, 1e-12, -1e-12, 1000.5]
for name in ["gamma", "gammaln", "gammasgn", "rgamma", "loggamma", "psi", "digamma"]:
    f = getattr(special, name)
    print(name, [f(x) for x in points])
for x in [0.0, -0.0, -3.0, np.inf, -np.inf, np.nan]:
    print(x, special.gamma(x), special.gammaln(x), special.rgamma(x), special.psi(x), special.gammasgn(x))
print(special.digamma([-0.3, -0.504083008264455409, -0.7, 1.4616321449683623]))
print(special.gamma(np.arange(1, 11)))
print(special.gammaln(np.linspace(0.1, 50, 7)))
pairs = [(2, 3), (0.5, 0.5), (10, 20), (100, 200), (1e7, 2.5), (-2.5, 1.5), (-3, 2), (-3, 0.5), (2, -4), (300, 400)]
print([special.beta(a, b) for a, b in pairs])
print([special.betaln(a, b) for a, b in pairs])
print(special.beta(np.array([1.0, 2.0, 3.0]), 2))
# The log-likelihood of a beta distribution by hand.
data = np.array([0.2, 0.35, 0.5, 0.61, 0.8])
a, b = 2.0, 3.0
print(np.sum((a - 1) * np.log(data) + (b - 1) * np.log1p(-data)) - len(data) * special.betaln(a, b))
