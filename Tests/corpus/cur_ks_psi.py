# Kolmogorov-Smirnov statistic and the population stability index, by hand.
import math
def ks_statistic(a, b):
    a, b = sorted(a), sorted(b)
    values = sorted(set(a) | set(b))
    d = 0.0
    ia = ib = 0
    for v in values:
        while ia < len(a) and a[ia] <= v:
            ia += 1
        while ib < len(b) and b[ib] <= v:
            ib += 1
        d = max(d, abs(ia / len(a) - ib / len(b)))
    return d
base = [0.1 * ((i * 37) % 100) for i in range(200)]
shifted = [x + 1.5 for x in base[:150]] + base[150:]
print(ks_statistic(base, base), ks_statistic(base, shifted), round(ks_statistic(base, shifted), 6))
def psi(expected, actual, bins=10):
    lo, hi = min(expected), max(expected)
    edges = [lo + (hi - lo) * i / bins for i in range(bins + 1)]
    edges[-1] = float("inf")
    edges[0] = -float("inf")
    def shares(xs):
        counts = [0] * bins
        for x in xs:
            for k in range(bins):
                if edges[k] <= x < edges[k + 1]:
                    counts[k] += 1
                    break
        return [max(c / len(xs), 1e-6) for c in counts]
    e, a = shares(expected), shares(actual)
    return sum((ai - ei) * math.log(ai / ei) for ei, ai in zip(e, a))
print(round(psi(base, base), 6), round(psi(base, shifted), 6))
for value in [0.05, 0.15, 0.3]:
    level = "stable" if value < 0.1 else "moderate" if value < 0.25 else "significant"
    print(value, level)
