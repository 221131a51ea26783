# NumPy's legacy random streams: every distribution draws exactly NumPy's numbers after seed().
import numpy as np

np.random.seed(2024)
print(np.random.rand(3))
print(np.random.randn(2, 2))
print(np.random.randint(0, 10, size=8), np.random.randint(5))
print(np.random.uniform(-1, 1, 3), np.random.normal(10, 2, 3))
print(np.random.standard_gamma(0.5, 3), np.random.standard_gamma(2.5, 3))
print(np.random.gamma(2.0, 3.0, size=4), np.random.gamma(1.0))
print(np.random.chisquare(3, 4), np.random.chisquare(0.5))
print(np.random.beta(0.5, 0.5, 3), np.random.beta(2, 5, 3), np.random.beta(0.3, 4, 2))
print(np.random.exponential(1.5, 3), np.random.poisson(4, 5), np.random.poisson(50, 3))
print(np.random.binomial(10, 0.3, 5), np.random.binomial(1000, 0.5, 3))
print(np.random.choice(5, 3, replace=False), np.random.choice(["a", "b", "c"], 4) if False else np.random.choice(3, 4))
a = np.arange(10)
np.random.shuffle(a)
print(a, np.random.permutation(6))
samples = np.random.gamma(3.0, 2.0, 20000)
print(round(samples.mean(), 2), round(samples.var(), 1))
b = np.random.beta(2.0, 3.0, 20000)
print(round(b.mean(), 3), round(b.var(), 4), b.min() > 0, b.max() < 1)
np.random.seed(0)
x = np.random.beta(0.8, 0.9, 5)
np.random.seed(0)
print(np.array_equal(x, np.random.beta(0.8, 0.9, 5)))
for bad in [lambda: np.random.beta(0, 1), lambda: np.random.gamma(-1.0), lambda: np.random.chisquare(0)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
