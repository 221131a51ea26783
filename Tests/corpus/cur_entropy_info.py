import math
def entropy(labels):
    n = len(labels)
    counts = {}
    for l in labels:
        counts[l] = counts.get(l, 0) + 1
    return -sum(c / n * math.log2(c / n) for c in counts.values())
def gini(labels):
    n = len(labels)
    counts = {}
    for l in labels:
        counts[l] = counts.get(l, 0) + 1
    return 1 - sum((c / n) ** 2 for c in counts.values())
def info_gain(rows, labels, feature):
    base = entropy(labels)
    values = {}
    for r, l in zip(rows, labels):
        values.setdefault(r[feature], []).append(l)
    rem = sum(len(ls) / len(labels) * entropy(ls) for ls in values.values())
    return base - rem
rows = [("sunny", "hot"), ("sunny", "mild"), ("rain", "mild"), ("rain", "cool"), ("overcast", "hot"), ("sunny", "cool")]
labels = ["no", "no", "yes", "yes", "yes", "yes"]
print(entropy(labels), gini(labels), entropy(["a"] * 4), entropy(["a", "b"]))
print([round(info_gain(rows, labels, f), 6) for f in range(2)])
def kl(p, q):
    return sum(pi * math.log(pi / qi) for pi, qi in zip(p, q) if pi > 0)
p = [0.1, 0.4, 0.5]
q = [0.3, 0.3, 0.4]
print(round(kl(p, q), 8), round(kl(q, p), 8), kl(p, p))
def cross_entropy(y_true, y_prob):
    return -sum(t * math.log(max(p, 1e-15)) for t, p in zip(y_true, y_prob))
print(cross_entropy([0, 1, 0], [0.2, 0.7, 0.1]), cross_entropy([1, 0], [0.999, 0.001]))
def softmax(xs):
    m = max(xs)
    exps = [math.exp(x - m) for x in xs]
    s = sum(exps)
    return [e / s for e in exps]
sm = softmax([2.0, 1.0, 0.1])
print([round(v, 6) for v in sm], sum(sm), softmax([1000, 1000]))
