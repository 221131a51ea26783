import numpy as np
for x in ([1, 2], (1, 2), {1: 2}, {1}, frozenset([1]), "ab", range(3), np.arange(3), 5, 2.5, None):
    print(type(x).__name__, hasattr(x, "__iter__"), hasattr(x, "__len__"), hasattr(x, "__getitem__"), hasattr(x, "__contains__"))
print(list.__len__([1, 2, 3]), [1, 2].__getitem__(1), (5, 6).__contains__(6), "abc".__len__(), list([1, 2].__iter__()))
print(dict.__getitem__({"a": 1}, "a"), len(range(5)), bool([]), bool(()), bool(""), bool({}))
