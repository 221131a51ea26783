# scipy.stats.binomtest: p-values for every alternative, the result object's fields and proportion_ci (exact by
# brentq, Wilson with and without continuity correction), and the argument errors.
from scipy import stats


def brief(r):
    # Binomial tail probabilities agree with SciPy to about 1e-15, not in every 17th digit (README).
    return f"k={r.k} n={r.n} {r.alternative} statistic={r.statistic!r} p={float(r.pvalue):.12g} {type(r.pvalue).__name__}"


def limits(ci):
    return f"({ci.low:.12g}, {ci.high:.12g})"


r = stats.binomtest(7, 20)
print(brief(r), r.proportion_estimate, type(r).__name__)
print(limits(r.proportion_ci()), r.proportion_ci(0.9, method="wilson"), r.proportion_ci(method="wilsoncc"))
for k, n, p, alt in [(3, 15, 0.1, "greater"), (3, 15, 0.1, "less"), (682, 925, 0.75, "two-sided"), (5, 10, 0.5, "two-sided"),
                     (0, 10, 0.3, "two-sided"), (10, 10, 0.3, "less"), (12, 40, 0.25, "greater"), (1, 30, 0.2, "two-sided"),
                     (29, 30, 0.2, "two-sided"), (50, 100, 0.3, "two-sided"), (2, 1000, 0.001, "two-sided")]:
    t = stats.binomtest(k, n, p, alternative=alt)
    print(brief(t), limits(t.proportion_ci()), limits(t.proportion_ci(0.99)), t.proportion_ci(method="wilson"), t.proportion_ci(0.8, method="wilsoncc"))
print(stats.binomtest(5, 10), stats.binomtest(0, 10, 0.0), stats.binomtest(10, 10, 1.0))
for bad in [lambda: stats.binomtest(5, 3), lambda: stats.binomtest(-1, 3), lambda: stats.binomtest(1.5, 3), lambda: stats.binomtest(1, 3, 1.5), lambda: stats.binomtest(1, 3, alternative='x'), lambda: stats.binomtest(1, 3).proportion_ci(method='x'), lambda: stats.binomtest(1, 3).proportion_ci(2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
