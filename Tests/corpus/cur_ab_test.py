# A two-proportion z-test by hand with math.erf, as interview prep writes it.
import math
def norm_cdf(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))
conv_a, n_a = 200, 2000
conv_b, n_b = 250, 2000
p_a, p_b = conv_a / n_a, conv_b / n_b
p_pool = (conv_a + conv_b) / (n_a + n_b)
se = math.sqrt(p_pool * (1 - p_pool) * (1 / n_a + 1 / n_b))
z = (p_b - p_a) / se
p_value = 2 * (1 - norm_cdf(abs(z)))
print(f"p_a={p_a:.4f} p_b={p_b:.4f} lift={(p_b - p_a) / p_a:.2%}")
print(f"z={z:.4f} p={p_value:.6f} significant={p_value < 0.05}")
print(z, p_value)
se_diff = math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)
lo, hi = (p_b - p_a) - 1.96 * se_diff, (p_b - p_a) + 1.96 * se_diff
print(f"95% CI: [{lo:.4f}, {hi:.4f}]")
def sample_size(p1, p2, z_alpha=1.959964, z_beta=0.841621):
    pbar = (p1 + p2) / 2
    num = (z_alpha * math.sqrt(2 * pbar * (1 - pbar)) + z_beta * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2
    return math.ceil(num / (p1 - p2) ** 2)
print(sample_size(0.10, 0.12), sample_size(0.05, 0.06))
def welch_t(a, b):
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    va = sum((x - ma) ** 2 for x in a) / (len(a) - 1)
    vb = sum((x - mb) ** 2 for x in b) / (len(b) - 1)
    t = (ma - mb) / math.sqrt(va / len(a) + vb / len(b))
    df = (va / len(a) + vb / len(b)) ** 2 / ((va / len(a)) ** 2 / (len(a) - 1) + (vb / len(b)) ** 2 / (len(b) - 1))
    return t, df
print(welch_t([5.1, 4.9, 5.6, 5.8, 6.0], [6.5, 6.1, 7.0, 6.8, 7.3, 6.6]))
