# Bayes' theorem and conjugate updating: a diagnostic test, a beta-binomial posterior, a grid posterior.
import numpy as np
from scipy import stats

prevalence, sensitivity, specificity = 0.01, 0.95, 0.9
p_pos = sensitivity * prevalence + (1 - specificity) * (1 - prevalence)
posterior = sensitivity * prevalence / p_pos
print(round(p_pos, 5), round(posterior, 5))
prior = prevalence
for test in range(3):
    prior = sensitivity * prior / (sensitivity * prior + (1 - specificity) * (1 - prior))
    print("after positive test", test + 1, round(prior, 5))
a, b = 2, 2
flips = [1, 0, 1, 1, 1, 0, 1, 1, 0, 1]
for k, f in enumerate(flips, 1):
    a, b = a + f, b + 1 - f
    if k % 5 == 0:
        mean = a / (a + b)
        lo, hi = stats.beta.ppf([0.025, 0.975], a, b)
        print(k, a, b, round(mean, 4), round(lo, 4), round(hi, 4))
grid = np.linspace(0, 1, 101)
prior_g = np.ones_like(grid)
like = grid ** sum(flips) * (1 - grid) ** (len(flips) - sum(flips))
post = prior_g * like
post /= post.sum()
print(grid[np.argmax(post)], round(float((grid * post).sum()), 4), round(float(post[grid > 0.5].sum()), 4))
print(round(stats.beta.mean(a, b), 4), round(stats.beta.var(a, b), 6), round(stats.beta.cdf(0.5, a, b), 4))
