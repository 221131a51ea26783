# How containers print: nested reprs, recursion markers, quotes in strings, floats inside lists, empty forms.
items = [1, 2.0, "three", None, True, (4,), [5, [6]], {"k": "v"}, {7}, frozenset({8}), range(3), 1e-5, -0.0]
print(items)
print(str(items) == repr(items), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\t\n"))
print((), (1,), [], {}, set(), frozenset(), tuple([1, 2]), list("ab"), dict(a=[1, 2]))
loop = [1, 2]
loop.append(loop)
print(loop)
d = {"self": None}
d["self"] = d
print(d)
print({1: {2: {3: [4, (5, 6)]}}}, [[[]]], [{}], [()], ((),), [[1.5, 2.25], [3.125]])
print(str("plain"), str(b"bytes" if False else "x"), [str(1.0)], [1.0], (0.1 + 0.2,), {0.5: 1e20})
print(repr(1 / 3), [1 / 3], {"v": 2 / 3}, (1e16, 1e15, 123456789012345678.0))
class P:
    def __repr__(self):
        return "P()"
class S:
    def __str__(self):
        return "S-str"
print([P(), P()], P(), str(P()), [S()][0].__str__(), str(S()), f"{S()}", f"{P()!r}")
print(repr([S()])[:12])
print(sorted({"b": 1, "a": 2}.items()), list(zip([1], ["x"])), enumerate([]).__class__.__name__)
print(list(map(str, [1, 2.5, None])), ", ".join(map(repr, ["a", 1])), str([None, False]))
nested = {"layers": [{"w": [[0.1, 0.2]], "b": [0.0]}], "lr": 1e-3, "name": "net"}
print(nested)
print(f"{[1, 2]!s} {(1, 'a')!r} {'x'!a} {3.0} {[0.5]}")
