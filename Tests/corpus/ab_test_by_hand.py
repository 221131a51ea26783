# An A/B test the way an interview asks for it: z-test by hand, the normal cdf from math.erf,
# a permutation test with NumPy's legacy generator, and a confidence interval for the lift.
import math

import numpy as np


def phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


conversions = {"A": (480, 5000), "B": (540, 5000)}
(xa, na), (xb, nb) = conversions["A"], conversions["B"]
pa, pb = xa / na, xb / nb
pooled = (xa + xb) / (na + nb)
se = math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb))
z = (pb - pa) / se
p_value = 2 * (1 - phi(abs(z)))
print(f"lift {pb - pa:+.4f}, z = {z:.4f}, p = {p_value:.5f}")
se_diff = math.sqrt(pa * (1 - pa) / na + pb * (1 - pb) / nb)
print(f"95% CI: [{pb - pa - 1.96 * se_diff:.4f}, {pb - pa + 1.96 * se_diff:.4f}]")

np.random.seed(2024)
outcomes = np.concatenate([np.ones(xa + xb), np.zeros(na + nb - xa - xb)])
observed = pb - pa
count = 0
trials = 400
for _ in range(trials):
    perm = np.random.permutation(outcomes)
    diff = perm[:nb].mean() - perm[nb:].mean()
    if abs(diff) >= abs(observed):
        count += 1
print(f"permutation p = {count / trials:.4f}")
