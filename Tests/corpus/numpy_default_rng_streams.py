"""NumPy's Generator (default_rng over PCG64): every method's stream, bit for bit, including the ziggurat's rare
tail draws (large samples), Lemire integers at 32- and 64-bit ranges, Floyd and tail-shuffle sampling without
replacement, weighted picks, and broadcast parameters."""
import numpy as np
for seed in [0, 1, 42, 12345, 2**40 + 7, [1, 2, 3], 2**130 + 5]:
    rng = np.random.default_rng(seed)
    print(rng.random(3))
    print(rng.random())
    print(rng.standard_normal(5))
    print(rng.normal(2.0, 3.0, size=(2, 2)))
    print(rng.integers(0, 10, 8), rng.integers(5), rng.integers(-3, 3, endpoint=True, size=4))
    print(rng.integers(0, 2**40, 3), rng.integers(-2**62, 2**62, 2))
    print(rng.uniform(-1, 1, 3), rng.exponential(2.0, 3))
    print(rng.choice(10, 4), rng.choice([1.5, 2.5, 3.5]), rng.choice(5, 3, replace=False))
    print(rng.choice(20000, 500, replace=False)[:5], rng.choice(4, 3, p=[0.1, 0.2, 0.3, 0.4]))
    print(rng.choice([10, 20, 30, 40], 3, replace=False, p=[0.1, 0.2, 0.3, 0.4]))
    print(rng.permutation(10), rng.permutation(np.arange(6).reshape(3, 2)))
    a = list(range(8)); rng.shuffle(a); print(a)
    b = np.arange(9.0); rng.shuffle(b); print(b)
    print(rng.gamma(2.0, 1.5, 3), rng.gamma(0.5, size=2), rng.standard_gamma(3.0))
    print(rng.beta(2, 3, 2), rng.beta(0.5, 0.5, 2), rng.chisquare(4, 2))
    print(rng.binomial(10, 0.3, 4), rng.binomial(1000, 0.5, 2), rng.poisson(3, 4), rng.poisson(50, 2))
    print(rng.lognormal(0, 1, 2), rng.laplace(0, 1, 2), rng.logistic(0, 1, 2))
    print(rng.standard_exponential(4))
    print(rng.normal([0, 10, 100], 1), rng.normal(0, [[1], [10]], size=(2, 3)))
    x = rng.standard_normal(100000); print(x.sum(), x.min(), x.max())
    e = rng.standard_exponential(100000); print(e.sum(), e.max())
    print(rng.integers(0, 1000, 100000).sum(), rng.choice(1000000, 30000, replace=False).sum())
