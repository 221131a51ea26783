text = """The quick brown fox
jumps over the lazy dog.
The dog sleeps."""
lines = text.splitlines()
print(len(lines), lines[1], text.count("The"), text.lower().count("the"))
words = text.replace(".", "").lower().split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(" ".join(w.capitalize() for w in "hello big world".split()), "-".join("abc"), "abc"[::-1])
s = "Hello, World!"
print(s.find("o"), s.find("o", 5), s.rfind("o"), s.index("World"), s.startswith("Hell"), s[7:12].upper())
print(s.replace("l", "L", 2), s.split(","), s.partition(" "), s.strip("!H"), s.center(21, "."))
print("a,b;c d".replace(";", ",").replace(" ", ",").split(","), "x".join(["1", "2", "3"]))
print(ord("a"), chr(ord("a") + 1), [ord(c) - 96 for c in "abc"], "".join(chr(65 + i) for i in range(5)))
print("caesar".translate if False else "".join(chr((ord(c) - 97 + 3) % 26 + 97) for c in "caesar"))
print("%-10s|%10s|" % ("left", "right"), "{:=^20}".format(" title "), f"{'x' * 3:>6}")
print("résumé".upper(), "ÉCOLE".lower(), len("naïve"), "straße".upper(), "ǅ".lower())
palindromes = [w for w in ["level", "hello", "racecar", "abc"] if w == w[::-1]]
print(palindromes, "a" in "banana", "nan" in "banana", "banana".count("an"), "banana".find("an", 2))
print(repr("\\path\\to"), repr("line\nbreak"), repr("tab\t"), repr("\x00\x7f"), repr("é"), ascii("é✓"))
print(str(123).zfill(6), "3.14".isdigit(), "42".isnumeric(), "  x  ".strip() == "x", "A1b2".isalnum())
print(" ".join(reversed("one two three".split())), "abc" * 0, "-" * 10)
parts = "key1=val1;key2=val2;key3=val3".split(";")
print(dict(p.split("=") for p in parts))
print("{:08.3f}|{:+08d}|{:,.1f}|{:.0%}".format(3.14159, 42, 1234567.89, 0.456))
