import itertools
from functools import reduce, partial, lru_cache
print(list(itertools.product([1, 2], "ab")), list(itertools.product(range(2), repeat=2)))
print(list(itertools.permutations([1, 2, 3])), list(itertools.permutations("abc", 2)))
print(list(itertools.combinations(range(4), 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(itertools.chain([1], (2, 3), "ab")), list(itertools.chain.from_iterable([[1, 2], [3]])))
print(list(itertools.islice(itertools.count(10, 2), 5)), list(itertools.islice("abcdefg", 1, 6, 2)))
print(list(itertools.repeat("x", 3)), list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print([(k, list(g)) for k, g in itertools.groupby("aaabbc")], list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 3, 1])))
print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.compress("abcd", [1, 0, 1, 0])))
cyc = itertools.cycle("ab")
print([next(cyc) for _ in range(5)])
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
pow2 = partial(pow, 2)
print(pow2(10), partial(int, base=2)("101"))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), [fib(i) for i in range(10)])
calls = []
@lru_cache(maxsize=128)
def square(x):
    calls.append(x)
    return x * x
print(square(3), square(3), square(4), calls)
from functools import cmp_to_key
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
