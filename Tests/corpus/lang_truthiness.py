values = [0, 1, -1, 0.0, 0.5, "", "0", [], [0], (), (0,), {}, {"a": 0}, set(), None, True, False, range(0), range(1), 0j, 1j]
print([bool(v) for v in values])
print([v for v in values if v])
print(not [], not [0], [] or "default", [1] and "second", 0 or 0.0 or "" or None)
x = None
print(x is None, x is not None, x == None, type(x).__name__)
print(1 if [] else 2, "yes" if "no" else "no")
class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
print(bool(Empty()), bool(Falsy()), bool(object()), not Empty())
n = 0
while not n:
    n += 1
print(n)
print(all([]), any([]), all([[]]), any([[]]), all(["a", 1]), any([0, ""]))
print(min([], default=None), max([0, False, 0.0]), sorted([True, False, 2, 0.5]))
print(None or [] or {} or "last", (None and 1), (1 and None), ([] and 1))
