# Word counts, n-grams and a tiny tokenizer: str methods, Counter, sorted with keys, f-string alignment.
from collections import Counter, defaultdict

text = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
A fox, a dog, and THE end."""
tokens = [w.strip(".,;!").lower() for w in text.split()]
tokens = [t for t in tokens if t]
counts = Counter(tokens)
for word, n in counts.most_common(5):
    print(f"{word:>6} {n:3d} {'#' * n}")
bigrams = Counter(zip(tokens, tokens[1:]))
print(bigrams.most_common(3))
by_length = defaultdict(list)
for t in sorted(set(tokens)):
    by_length[len(t)].append(t)
print(dict(sorted(by_length.items())))
print(sorted(counts, key=lambda w: (-counts[w], w))[:6])
print(" ".join(w.capitalize() for w in "machine learning math".split()), "|", "-".join(reversed(tokens[:4])))
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"), text[4:9].upper())
vocab = {w: i for i, w in enumerate(sorted(counts))}
encoded = [vocab[t] for t in tokens[:8]]
print(encoded, len(vocab))
print("%-8s|%5.2f|%03d" % ("ratio", 2 / 3, 7), "{:^11}".format("centre"), "{0}{1}{0}".format("ab", "-"))
