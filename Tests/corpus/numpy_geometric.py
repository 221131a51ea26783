# Geometric draws: Generator.geometric (search from p = 1/3, else inversion of a ziggurat exponential) and the
# legacy np.random.geometric (its own inversion of one uniform), both NumPy's streams.
import numpy as np

g = np.random.default_rng(0)
for p in [0, 1.5, float("nan")]:
    try:
        g.geometric(p)
    except ValueError as e:
        print("ValueError:", e)
print(g.geometric(0.2, 5), g.geometric(0.5, 5), g.geometric(1.0, 3), repr(g.geometric(0.3)), g.geometric([0.1, 0.9]))
print(g.geometric(1e-9, 3), g.geometric(0.3333333333333333, 4), g.geometric(0.01, (2, 3)))
draws = g.geometric(0.25, 20000)
print(draws.mean(), draws.var(), draws.min(), draws.max(), np.bincount(draws)[:6])
np.random.seed(1)
print(np.random.geometric(0.2, 5), np.random.geometric(0.6, 5), repr(np.random.geometric(0.35)))
print(np.random.geometric(0.05, (2, 4)), np.random.geometric(1e-12, 2))
try:
    np.random.geometric(0)
except ValueError as e:
    print("ValueError:", e)

from scipy import stats
np.random.seed(4)
print(stats.geom.rvs(0.3, size=6), stats.geom(0.1).rvs(size=4), stats.geom.rvs(0.5, loc=-1, size=3, random_state=7))
