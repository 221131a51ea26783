# Generator.hypergeometric: drawing without replacement (defective items in a batch, an urn), NumPy's sampler and HRUA.
import numpy as np
rng = np.random.default_rng(11)
print(rng.hypergeometric(15, 15, 10), rng.hypergeometric(7, 5, 3, size=8), rng.hypergeometric(100, 2, 10, size=5))
print(rng.hypergeometric(1000, 800, 500, size=12), rng.hypergeometric(5, 995, 50, size=10))
print(rng.hypergeometric([10, 20, 30], 40, 15), rng.hypergeometric(np.array([[3], [50]]), [10, 60], 5))
print(rng.hypergeometric(10**8, 10**8, 10**7, size=3), rng.hypergeometric(0, 10, 5, size=3), rng.hypergeometric(10, 0, 5), rng.hypergeometric(3, 4, 0))
x = rng.hypergeometric(200, 300, 100, size=20000); print(x.mean(), x.var(), x.min(), x.max())
y = rng.hypergeometric(20, 30, 25, size=20000); print(np.bincount(y)[8:17])
print(rng.random())
for bad in (lambda: rng.hypergeometric(5, 5, 11), lambda: rng.hypergeometric(-1, 5, 1), lambda: rng.hypergeometric(10**9, 5, 1), lambda: rng.hypergeometric(5, -2, 1), lambda: rng.hypergeometric([5, 1], 5, 8)):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
