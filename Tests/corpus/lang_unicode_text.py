# Unicode text handling: lengths in code points, casing, slicing, sorting by code point, encoding to bytes.
words = ["naïve", "café", "Straße", "日本語", "emoji😀", "Ǆemal", "İstanbul"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w.title(), w[::-1], w[1:3], repr(w), w.encode("utf-8")[:6], w.isalpha())
print(sorted(words), sorted(words, key=str.casefold), max(words), min(words))
print("ß".upper(), "ß".casefold(), "ﬁ".upper(), "Σ".lower(), "ΣΑΣ".lower(), "ǅ".upper(), "i̇".upper())
print([ord(c) for c in "aé日😀"], chr(0x1F600), "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
text = "Ünïcödé text, with ümlauts — and dashes…"
print(text.split(), text.count("ü"), text.find("—"), text.replace("ü", "ue"), text.center(50, "·"))
print("{:>10}|{:<10}|{:^10}".format("日本", "ü", "€"), f"{'é':*^7}")
print("straße".startswith("stra"), "ÄÖÜ".isupper(), "äöü".islower(), "Ⅻ".isnumeric(), "٣".isdigit(), int("٣"))
print(" \t\n\u3000x\u00a0".strip(), repr("\u00a0x".split()), "a\u2028b".splitlines())
counts = {}
for ch in "mississippi ünïcödé":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(ascii("café 日本"), repr("tab\there"), str(b"bytes"), "x".join("日本語"))
