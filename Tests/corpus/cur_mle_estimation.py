# Maximum likelihood: closed forms for normal and Bernoulli, a grid search on the log-likelihood, and Newton's method.
import math
import numpy as np

np.random.seed(21)
x = np.random.normal(3.0, 1.5, 500)
mu_hat = x.mean()
sigma_hat = np.sqrt(np.mean((x - mu_hat) ** 2))
print(round(mu_hat, 4), round(sigma_hat, 4), round(x.std(), 4), round(x.std(ddof=1), 4))

def normal_loglik(mu, sigma):
    return float(-len(x) / 2 * np.log(2 * np.pi * sigma ** 2) - np.sum((x - mu) ** 2) / (2 * sigma ** 2))

mus = np.linspace(2.5, 3.5, 101)
ll = np.array([normal_loglik(m, sigma_hat) for m in mus])
print(round(mus[ll.argmax()], 3), round(ll.max(), 3), round(normal_loglik(mu_hat, sigma_hat), 3))
coins = np.random.binomial(1, 0.3, 200)
p_hat = coins.mean()
print(p_hat, round(float(np.sum(coins * np.log(p_hat) + (1 - coins) * np.log(1 - p_hat))), 4))
counts = np.random.poisson(4.2, 300)
lam = 1.0
for it in range(8):
    grad = counts.sum() / lam - len(counts)
    hess = -counts.sum() / lam ** 2
    lam -= grad / hess
    print(it, round(lam, 8))
print(round(counts.mean(), 8), math.isclose(lam, counts.mean()))
se = sigma_hat / math.sqrt(len(x))
print(f"mu = {mu_hat:.3f} ± {1.96 * se:.3f}")
