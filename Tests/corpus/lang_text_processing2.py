from collections import Counter

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
punctuation = ",.;:!?\"'"
words = ["".join(ch for ch in w if ch not in punctuation).lower() for w in text.split()]
counts = Counter(words)
print(counts.most_common(5))
print(len(words), len(counts), sum(1 for w, c in counts.items() if c == 1))
by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length, reverse=True)[:3]:
    print(length, by_length[length])
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
lines = text.splitlines()
print([len(line) for line in lines], [line.count("it") for line in lines])
title = " ".join(w.capitalize() for w in "the quick brown fox".split())
print(title, title.swapcase(), title[::-1], "-".join(title.lower().split()))
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print(vowels, round(vowels / len(text), 4))
s = "A man, a plan, a canal: Panama"
clean = [c.lower() for c in s if c.isalnum()]
print(clean == clean[::-1], "".join(clean))
anagrams = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print([g for g in anagrams.values() if len(g) > 1])
encoded = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(encoded, "".join(chr((ord(c) - 97 - 3) % 26 + 97) if c.islower() else c for c in encoded))
table = [("alice", 93.5), ("bob", 78.25), ("charlotte", 88.0)]
width = max(len(name) for name, _ in table)
for name, score in table:
    print(f"{name:<{width}} | {score:6.2f} | {'#' * int(score // 10)}")
print("{:=^30}".format(" report "), f"{sum(s for _, s in table) / len(table):.3f}")
