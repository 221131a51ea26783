# Mean, variance, median, quantiles, correlation and a bootstrap, by hand.
import math
import random
data = [2.3, 4.1, 3.3, 5.8, 4.4, 3.9, 6.1, 2.8, 4.7, 5.2]
n = len(data)
mean = sum(data) / n
var_pop = sum((x - mean) ** 2 for x in data) / n
var_s = sum((x - mean) ** 2 for x in data) / (n - 1)
std = math.sqrt(var_s)
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
def quantile(sorted_xs, q):
    pos = (len(sorted_xs) - 1) * q
    lo = math.floor(pos)
    hi = math.ceil(pos)
    return sorted_xs[lo] + (sorted_xs[hi] - sorted_xs[lo]) * (pos - lo)
print(mean, var_pop, var_s, std, median)
print([round(quantile(s, q), 4) for q in (0.1, 0.25, 0.5, 0.75, 0.9)])
other = [1.1, 2.0, 1.7, 3.1, 2.2, 2.0, 3.3, 1.2, 2.5, 2.9]
mo = sum(other) / n
cov = sum((a - mean) * (b - mo) for a, b in zip(data, other)) / (n - 1)
corr = cov / (std * math.sqrt(sum((b - mo) ** 2 for b in other) / (n - 1)))
print(round(cov, 6), round(corr, 6))
z = [(x - mean) / std for x in data]
print([round(v, 3) for v in z], round(sum(z), 10))
random.seed(7)
boot = []
for _ in range(200):
    sample = [random.choice(data) for _ in range(n)]
    boot.append(sum(sample) / n)
boot.sort()
print(round(boot[5], 4), round(boot[194], 4), round(sum(boot) / len(boot), 4))
mode_counts = {}
for v in [1, 2, 2, 3, 3, 3, 4]:
    mode_counts[v] = mode_counts.get(v, 0) + 1
print(max(mode_counts, key=mode_counts.get))
