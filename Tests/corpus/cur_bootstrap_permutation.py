# Resampling by hand: bootstrap confidence intervals and a permutation test for a difference in means.
import numpy as np

np.random.seed(12)
control = np.random.normal(10.0, 2.0, 40)
treatment = np.random.normal(11.0, 2.0, 35)
observed = treatment.mean() - control.mean()
print(round(observed, 4))
boot = np.empty(2000)
for i in range(2000):
    c = np.random.choice(control, len(control), replace=True)
    t = np.random.choice(treatment, len(treatment), replace=True)
    boot[i] = t.mean() - c.mean()
lo, hi = np.percentile(boot, [2.5, 97.5])
print(f"bootstrap 95% CI: [{lo:.4f}, {hi:.4f}], se={boot.std(ddof=1):.4f}")
pooled = np.concatenate([control, treatment])
count = 0
n_perm = 2000
for _ in range(n_perm):
    np.random.shuffle(pooled)
    diff = pooled[len(control):].mean() - pooled[:len(control)].mean()
    if abs(diff) >= abs(observed):
        count += 1
print("permutation p-value:", (count + 1) / (n_perm + 1))
medians = np.array([np.median(np.random.choice(control, len(control))) for _ in range(1000)])
print(round(np.median(control), 4), np.round(np.percentile(medians, [5, 95]), 4))
def bootstrap_mean_ci(x, B=1000, alpha=0.1):
    idx = np.random.randint(0, len(x), size=(B, len(x)))
    means = x[idx].mean(axis=1)
    return np.quantile(means, [alpha / 2, 1 - alpha / 2])
print(np.round(bootstrap_mean_ci(treatment), 4))
