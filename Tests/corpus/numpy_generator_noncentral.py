# Generator.noncentral_chisquare and noncentral_f: the distributions behind a test's power, NumPy's streams.
import numpy as np
rng = np.random.default_rng(8)
print(rng.noncentral_chisquare(3, 2, size=5), rng.noncentral_chisquare(0.5, 1.5, size=5), rng.noncentral_chisquare(4, 0), rng.noncentral_chisquare([1, 2, 5], [0.5, 0, 3]), rng.noncentral_chisquare(2, np.nan))
print(rng.noncentral_f(3, 20, 3.0, size=5), rng.noncentral_f(0.8, 5, 2, size=3), rng.noncentral_f([2, 4], 10, 0))
x = rng.noncentral_chisquare(4, 3, size=20000); print(x.mean(), x.var())
f = rng.noncentral_f(5, 30, 2, size=20000); print(f.mean())
print(rng.random())
for bad in (lambda: rng.noncentral_chisquare(0, 1), lambda: rng.noncentral_chisquare(2, -1), lambda: rng.noncentral_f(1, 0, 1), lambda: rng.noncentral_f(0, 1, 1), lambda: rng.noncentral_f(1, 1, -0.5)):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
