# random.Random instances with their own streams, the module's functions as methods of a hidden instance, and
# CPython's remaining variates (lognormal, triangular, von Mises, gamma, beta, Pareto, Weibull).
import random
random.seed(123)
print(random.getrandbits(64), random.choices(["a", "b"], weights=[0.9, 0.1], k=5), random.lognormvariate(0, 1))
print(random.vonmisesvariate(0, 1), random.vonmisesvariate(1, 0), random.gammavariate(2, 1), random.gammavariate(0.5, 2), random.gammavariate(1, 3))
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.paretovariate(2), random.weibullvariate(1, 2))
print(random.triangular(), random.triangular(1, 5, 2), random.triangular(3, 3, 3), random.expovariate(2), random.gauss(), random.normalvariate(mu=1))
r = random.Random(5)
print(r.random(), r.randint(1, 6), r.choice("abc"), r.sample(range(10), 3))
r2 = random.Random(5)
print(r2.random(), type(r).__name__, isinstance(r, random.Random))
x = list(range(8))
r.shuffle(x)
print(x, r.uniform(1, 2), r.gauss(0, 1))
r.seed(7)
a = r.random()
random.seed(7)
print(a == random.random())
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(e)
print(sum(random.Random(i).random() for i in range(5)))
print(random.Random.random(r) < 1, random.Random(3).gauss(0, 1) == random.Random(3).gauss(0, 1))
