counts = {}
words = ["w%d" % (i % 997) for i in range(300000)]
for w in words:
    counts[w] = counts.get(w, 0) + 1
pairs = {}
for i in range(len(words) - 1):
    key = (words[i][1], words[i + 1][1])
    if key in pairs:
        pairs[key] += 1
    else:
        pairs[key] = 1
print(len(counts), counts["w5"], len(pairs), max(pairs.values()))
