parts = []
for i in range(200000):
    parts.append(f"{i}:{i * i % 97:02d}")
s = ",".join(parts)
total = 0
for token in s.split(","):
    k, v = token.split(":")
    total += int(v)
text = ""
for i in range(20000):
    text += str(i % 10)
print(len(s), total, len(text), text[:20], s[-20:].upper())
