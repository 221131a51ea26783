# Generator.multivariate_hypergeometric: drawing a committee or a hand of cards from several groups, both of NumPy's methods.
import numpy as np
rng = np.random.default_rng(21)
colors = [16, 8, 4]
print(rng.multivariate_hypergeometric(colors, 6), rng.multivariate_hypergeometric(colors, 6, size=3), rng.multivariate_hypergeometric(colors, 6, size=(2, 2), method='count'))
print(rng.multivariate_hypergeometric([3, 5, 2], 9, size=4), rng.multivariate_hypergeometric([3, 5, 2], 9, size=4, method='count'))
print(rng.multivariate_hypergeometric([100, 200, 300, 400], 500, size=3), rng.multivariate_hypergeometric(np.array([5, 0, 7]), 12), rng.multivariate_hypergeometric([4, 4], 0, size=2), rng.multivariate_hypergeometric([], 0))
x = rng.multivariate_hypergeometric([10, 20, 30], 25, size=5000, method='count'); print(x.mean(axis=0))
y = rng.multivariate_hypergeometric([10, 20, 30], 25, size=5000); print(y.mean(axis=0))
print(rng.random())
for bad in (lambda: rng.multivariate_hypergeometric([3, 2], 6), lambda: rng.multivariate_hypergeometric([3, -2], 1), lambda: rng.multivariate_hypergeometric([[3, 2]], 1), lambda: rng.multivariate_hypergeometric([3.5, 2], 1), lambda: rng.multivariate_hypergeometric([3, 2], 1, method='x'), lambda: rng.multivariate_hypergeometric([3, 2], -1), lambda: rng.multivariate_hypergeometric([3, 2], 1.5), lambda: rng.multivariate_hypergeometric([10**9, 1], 1)):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
