print(",".join(["a", "bé", "", "日本"]), "".join(("x", "y")), "-".join([]), "--".join(["only"]), "é".join(["1", "2", "3"]))
print(repr(" ".join(["a"] * 3)), len("\n".join(str(i) for i in range(100))))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
try:
    ",".join(("a", None))
except TypeError as e:
    print(e)
print("🙂".join(["x", "y"]), ", ".join(map(str, [1, 2, 3])))
print("a,b,,c".split(","), "é::日本::".split("::"), "x".split("x"), "".split(","), "a,b,c".split(",", 1), "aaa".split("a"))
print("1:22".split(":"), " a  b ".split(" "), "🙂a🙂".split("a"), "ab".split("b", 0), "a,b".rsplit(",", 1))
