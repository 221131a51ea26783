# str.split's one-argument form takes its own path; every form and error still matches CPython's.
s = "a,b,,c"
print(s.split(","), s.split(",", 1), s.split(sep=","), s.split(",", maxsplit=2), " x  y ".split(), s.split(None))
try:
    s.split("")
except ValueError as e:
    print("ValueError", e)
try:
    s.split(1)
except TypeError as e:
    print("TypeError", e)
print(str.split("p q", " "), "α:β".split(":"))
for name in ["split", "rsplit", "strip", "lstrip", "rstrip"]:
    try:
        getattr("a b", name)(1)
    except TypeError as e:
        print(name, "TypeError", e)
print("xxhixx".strip("x"), "  pad ".strip(None), "a-b-c".rsplit("-", 1))
