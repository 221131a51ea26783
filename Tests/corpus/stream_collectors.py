# Builtins consuming generator expressions: results, laziness, and errors from the loop, the element and the consumer.
xs = [3, 1, 2, 3]
print(list(x * 2 for x in xs), tuple(x for x in xs if x > 1), set(x % 2 for x in xs), sorted(frozenset(x for x in "abca")))
print(list(x for x in []), tuple(x for x in ()), set(x for x in range(0)), sorted(frozenset(y for y in [5, 4])))
print(list((i, j) for i in range(3) for j in range(i)), tuple(c for w in ["ab", "cd"] for c in w))
print(sum(x for x in xs), any(x > 2 for x in xs), min(x for x in xs), max(-x for x in xs))
print(list(x for x in iter([1, 2])), list(k for k in {"a": 1, "b": 2}), tuple(v for v in {1: "x"}.values()))
for bad in ["list(1 / x for x in [1, 0])", "tuple(y for y in 5)", "set([x] for x in [1])",
            "frozenset({} for _ in 'a')", "list(undefined_name for _ in [1])", "tuple(x.nope for x in [1])"]:
    try:
        eval_result = None
        if bad.startswith("list(1"):
            list(1 / x for x in [1, 0])
        elif bad.startswith("tuple(y"):
            tuple(y for y in 5)
        elif bad.startswith("set("):
            set([x] for x in [1])
        elif bad.startswith("frozenset"):
            frozenset({} for _ in "a")
        elif bad.startswith("list(undefined"):
            list(undefined_name for _ in [1])
        else:
            tuple(x.nope for x in [1])
    except Exception as e:
        print(type(e).__name__, e)
list = lambda g: "shadowed " + str(type(g).__name__)
print(list(x for x in [1]))
del list
def local_tuple():
    tuple = lambda g: "local"
    return tuple(x for x in [1])
print(local_tuple())
seen = []
def noisy(v):
    seen.append(v)
    return v
print(tuple(noisy(x) for x in range(3)), seen)
def gen_in_gen():
    yield tuple(i * i for i in range(4))
    yield sorted(set(c for c in "aab"))
print(list(gen_in_gen()))
