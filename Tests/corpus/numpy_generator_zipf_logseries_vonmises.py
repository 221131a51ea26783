# Generator.zipf, logseries and vonmises: word frequencies, counts with a long tail, angles on a circle.
import numpy as np
rng = np.random.default_rng(5)
print(rng.zipf(2.0, size=10), rng.zipf(1.5, size=6), rng.zipf([3.0, 1.2], size=(2, 2)), rng.zipf(2000.0), rng.zipf(1.0001, size=3))
print(rng.logseries(0.6, size=10), rng.logseries(0.999, size=5), rng.logseries(0.0, size=3), rng.logseries([0.1, 0.9]))
print(rng.vonmises(0.0, 4.0, size=4), rng.vonmises(1.0, 1e-9), rng.vonmises(0.5, 1e-6, size=2), rng.vonmises(-2.0, 2e6, size=2), rng.vonmises([0, np.pi], [1, 10]), rng.vonmises(0, np.nan))
z = rng.zipf(2.5, size=20000); print(np.bincount(z)[:8], z.max() > 50)
l = rng.logseries(0.8, size=20000); print(l.mean(), np.bincount(l)[:6])
v = rng.vonmises(1.0, 3.0, size=20000); print(v.mean(), v.std(), repr(v[:3]))
print(rng.random())
for bad in (lambda: rng.zipf(1.0), lambda: rng.zipf(np.nan), lambda: rng.logseries(1.0), lambda: rng.logseries(-0.1), lambda: rng.vonmises(0, -1.0), lambda: rng.vonmises(0, -0.0)):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
