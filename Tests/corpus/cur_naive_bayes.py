import math
from collections import Counter, defaultdict
docs = [("buy cheap pills now", "spam"), ("meeting at noon", "ham"), ("cheap meeting pills", "spam"),
        ("lunch at noon today", "ham"), ("buy now limited offer", "spam"), ("project meeting today", "ham")]
class_counts = Counter(label for _, label in docs)
word_counts = defaultdict(Counter)
for text, label in docs:
    word_counts[label].update(text.split())
vocab = sorted({w for text, _ in docs for w in text.split()})
def predict(text):
    scores = {}
    for label in sorted(class_counts):
        total = sum(word_counts[label].values())
        score = math.log(class_counts[label] / len(docs))
        for w in text.split():
            score += math.log((word_counts[label][w] + 1) / (total + len(vocab)))
        scores[label] = score
    return max(scores, key=scores.get), {k: round(v, 4) for k, v in scores.items()}
for t in ["cheap pills", "meeting today", "buy lunch"]:
    print(t, "->", predict(t))
print(len(vocab), class_counts.most_common(), word_counts["spam"].most_common(3))
