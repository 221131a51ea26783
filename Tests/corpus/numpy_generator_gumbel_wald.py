# Generator.gumbel, wald and triangular: NumPy's algorithms on the PCG64 stream, its parameter checks.
import numpy as np
rng = np.random.default_rng(42)
print(rng.gumbel(0, 1, 5))
print(rng.gumbel(loc=2.0, scale=[1, 2, 3]))
print(rng.wald(1, 1, 5), rng.wald(3.0, 2.0))
print(rng.triangular(0, 1, 2, 5), rng.triangular(-1, 0, 0, size=(2, 2)))
print(rng.triangular(0, [0.2, 0.5, 1], 1))
print(rng.gumbel(), rng.wald(mean=0.5, scale=4, size=3))
for f, args in [(rng.gumbel, (0, -1)), (rng.wald, (0, 1)), (rng.wald, (1, -1)), (rng.triangular, (1, 0, 2)), (rng.triangular, (0, 3, 2)), (rng.triangular, (1, 1, 1))]:
    try:
        f(*args)
    except ValueError as e:
        print(e)
x = rng.gumbel(size=100000)
print(round(float(x.mean()), 4), round(float(np.median(x)), 4))
