# Conditional expressions, chained comparisons, short-circuit values, identity vs equality, the walrus.
def classify(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"
print([classify(v) for v in [-2, 0, 5]])
x = 5
print(1 < x < 10, 1 < x > 4, x == 5 != 6, 0 <= x <= 4, 1 < 2 < 3 < 2)
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0, None or 0, [] and "x", not [], not "a")
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, None is None, type(None).__name__)
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long list", n)
print([y for v in data if (y := v * 2) > 5], y)
def first_big(xs, limit):
    for v in xs:
        if v > limit:
            return v
    return None
print(first_big(data, 5), first_big(data, 50), first_big(data, 50) is None)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 50, 90, 80]])
print(True + True, True * 10, False - 1, int(True), str(True), bool("False"), bool(0.0), bool("0"))
print(5 if [] else 6, "yes" if {0} else "no", "e" if {} else "f")
print(max(1, 2) if 3 > 2 else min(1, 2), (lambda: "called")() if True else None)
value = None
result = value if value is not None else "fallback"
print(result)
print(3 in [1, 2, 3], "ab" in "cabd", 4 not in {1: 2}, (1, 2) in [(1, 2)], "k" in {"k": 0})
print(isinstance(3, (int, float)), isinstance(3.0, int), isinstance(True, int), issubclass(bool, int))
print(divmod(17, 5), 17 // 5 * 5 + 17 % 5, -17 // 5, round(-17 / 5))
t = (1, 2, 3)
print(t < (1, 2, 4), t == (1, 2, 3), (1, 2) < (1, 2, 0), "abc" < "abd" < "b", [1, [2]] == [1, [2]])
print(None == 0, None == False, 0 == False, 1.0 == True, "" == False)
