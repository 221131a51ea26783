# Information theory for ML: entropy, cross-entropy, KL divergence, mutual information from a joint table.
import math
import numpy as np
from scipy import stats

def entropy(p, base=2):
    return -sum(pi * math.log(pi, base) for pi in p if pi > 0)

for dist in [[0.5, 0.5], [0.9, 0.1], [0.25] * 4, [1.0, 0.0]]:
    print(dist, round(entropy(dist), 6), round(float(stats.entropy(dist, base=2)), 6))
p = np.array([0.1, 0.6, 0.3])
q = np.array([0.2, 0.5, 0.3])
kl_pq = float(np.sum(p * np.log(p / q)))
kl_qp = float(np.sum(q * np.log(q / p)))
ce = float(-np.sum(p * np.log(q)))
print(round(kl_pq, 8), round(kl_qp, 8), round(ce, 8), round(ce - float(-np.sum(p * np.log(p))), 8))
print(round(float(stats.entropy(p, q)), 8), np.isclose(kl_pq, stats.entropy(p, q)))
joint = np.array([[0.30, 0.10], [0.15, 0.45]])
px = joint.sum(axis=1)
py = joint.sum(axis=0)
mi = float(np.sum(joint * np.log2(joint / np.outer(px, py))))
hx = entropy(px)
hy = entropy(py)
hxy = entropy(joint.ravel())
print(np.round(px, 2), np.round(py, 2), round(mi, 6), round(hx + hy - hxy, 6))
m = (p + q) / 2
js = 0.5 * float(np.sum(p * np.log(p / m))) + 0.5 * float(np.sum(q * np.log(q / m)))
from scipy.spatial.distance import jensenshannon
print(round(js, 8), round(float(jensenshannon(p, q)) ** 2, 8))
labels = ["a", "b", "a", "a", "c", "b"]
counts = {l: labels.count(l) / len(labels) for l in sorted(set(labels))}
print(counts, round(entropy(counts.values()), 6))
