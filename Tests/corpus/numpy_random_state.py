# np.random.RandomState(seed): its own MT19937 stream with the legacy functions as methods, the same numbers
# as np.random.seed(seed) gives, reseeding, isinstance, and the seed range error.
import numpy as np
rng = np.random.RandomState(42)
print(rng.rand(3), rng.randn(2, 2))
print(rng.randint(0, 10, size=5), rng.normal(1.0, 2.0, 3), rng.uniform(-1, 1, 2))
print(rng.choice(5, 3, replace=False), rng.permutation(6), rng.random_sample(2), rng.random(2))
x = np.arange(8)
rng.shuffle(x)
print(x, rng.binomial(10, 0.3, 4), rng.poisson(2.0, 4), rng.exponential(2.0, 2))
a = np.random.RandomState(0)
b = np.random.RandomState(0)
print(a.rand() == b.rand(), isinstance(a, np.random.RandomState), type(a).__name__)
np.random.seed(0)
print(np.random.rand(2), np.random.RandomState(0).rand(2), np.random.random_sample(1))
a.seed(7)
print(a.randn(3), np.random.RandomState(7).randn(3))
print(np.random.RandomState().rand(1).shape)
try:
    np.random.RandomState(-1)
except ValueError as e:
    print(e)
print(np.random.RandomState(1).multivariate_normal([0, 0], [[1, 0.5], [0.5, 1]], 2))
