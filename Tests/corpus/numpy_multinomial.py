# multinomial draws (legacy np.random, RandomState and Generator): NumPy's binomial per category out of what
# remains, sizes, degenerate probabilities and NumPy's errors.
import numpy as np
np.random.seed(3)
print(np.random.multinomial(20, [1/6.] * 6), np.random.multinomial(20, [1/6.] * 6, size=2))
print(np.random.multinomial(100, [1 / 7.] * 5 + [2 / 7.]), np.random.multinomial(1000, [0.2, 0.3, 0.5], size=(2, 2)))
print(np.random.multinomial(0, [0.5, 0.5]), np.random.multinomial(10, [0.0, 1.0]), np.random.multinomial(5, [1.0]))
print(np.random.multinomial(50, [0.9, 0.05, 0.05], 3), np.random.multinomial(3, []))
rng = np.random.default_rng(11)
print(rng.multinomial(20, [1/6.] * 6), rng.multinomial(20, [1/6.] * 6, size=3))
print(rng.multinomial(10**6, [0.25, 0.25, 0.5]), rng.multinomial(7, np.array([0.1, 0.2, 0.7]), size=4))
rs = np.random.RandomState(5)
print(rs.multinomial(30, [0.3, 0.3, 0.4], size=2))
for bad in [lambda: np.random.multinomial(10, [0.5, 0.7, 0.1]), lambda: np.random.multinomial(10, [-0.1, 1.1]),
            lambda: np.random.multinomial(-1, [0.5, 0.5]), lambda: rng.multinomial(10, [np.nan, 0.5]),
            lambda: rng.multinomial(10, 0.5), lambda: rng.multinomial(10, []), lambda: np.random.multinomial(10, 0.5)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
