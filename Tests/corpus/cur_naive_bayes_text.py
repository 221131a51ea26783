# Multinomial naive Bayes on a tiny corpus with Laplace smoothing, in plain Python then NumPy.
import math
from collections import Counter, defaultdict
import numpy as np

docs = [
    ("free money now", "spam"), ("win money prize", "spam"), ("meeting at noon", "ham"),
    ("project meeting notes", "ham"), ("free prize claim now", "spam"), ("lunch at noon", "ham"),
]
vocab = sorted({w for d, _ in docs for w in d.split()})
classes = sorted({c for _, c in docs})
prior = Counter(c for _, c in docs)
word_counts = defaultdict(Counter)
for d, c in docs:
    word_counts[c].update(d.split())
print(vocab, dict(prior))

def log_prob(text, c):
    total = sum(word_counts[c].values())
    lp = math.log(prior[c] / len(docs))
    for w in text.split():
        if w in vocab:
            lp += math.log((word_counts[c][w] + 1) / (total + len(vocab)))
    return lp

for text in ["free lunch now", "noon meeting", "claim your prize money"]:
    scores = {c: round(log_prob(text, c), 4) for c in classes}
    print(text, "->", max(scores, key=scores.get), scores)

X = np.array([[d.split().count(w) for w in vocab] for d, _ in docs])
y = np.array([classes.index(c) for _, c in docs])
counts = np.array([X[y == k].sum(axis=0) for k in range(len(classes))])
log_lik = np.log((counts + 1) / (counts.sum(axis=1, keepdims=True) + len(vocab)))
log_prior = np.log(np.bincount(y) / len(y))
q = np.array([[t.split().count(w) for w in vocab] for t in ["free lunch now", "noon meeting"]])
joint = q @ log_lik.T + log_prior
print(np.round(joint, 4), [classes[i] for i in joint.argmax(axis=1)])
post = np.exp(joint - joint.max(axis=1, keepdims=True))
post /= post.sum(axis=1, keepdims=True)
print(np.round(post, 4))
