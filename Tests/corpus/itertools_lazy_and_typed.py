# itertools: combinatoric iterators made lazily in CPython's order (first items of huge ones), groupby groups that
# share the source, lazy compress/filterfalse, and each iterator's type and repr.
import itertools as it
print(list(it.product("ab", [1, 2])), list(it.product([1, 2], repeat=2)), list(it.product()), list(it.product([], [1])))
print(list(it.permutations("abc")), list(it.permutations(range(4), 2))[:7], list(it.permutations([], 0)), list(it.permutations([1], 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations([], 0)), list(it.combinations([1], 2)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 1)))
print(next(it.permutations(range(100))) [:5], next(it.product(range(10), repeat=50))[:3], next(it.combinations(range(1000), 500))[-1])
print(len(list(it.permutations(range(7)))), sum(1 for _ in it.combinations(range(20), 4)))
print([(k, list(g)) for k, g in it.groupby("aaabccdd")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(it.groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
g = it.groupby(it.count())
print(next(g)[0], next(g)[0])
gb = it.groupby([1, 1, 2])
k, first = next(gb)
print(next(first), next(gb)[0], list(first))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.islice(it.compress(it.count(), it.cycle([0, 1])), 3)))
print(list(it.filterfalse(lambda x: x % 2, range(6))), list(it.islice(it.filterfalse(None, it.count()), 1)))
c = it.count(5)
next(c)
print(c, it.count(0, 2), it.count(1.5), it.repeat(3, 2), it.repeat("x"))
r = it.repeat(1, 3)
next(r)
print(r)
try:
    it.permutations([1], -1)
except ValueError as e:
    print(e)
try:
    list(it.product([1], repeat=-1))
except ValueError as e:
    print(e)
for f in (it.cycle([1]), it.chain([1]), it.islice([1], 1), it.permutations([1]), it.product([1]), it.accumulate([1]),
          it.zip_longest([1]), it.starmap(pow, []), it.takewhile(bool, []), it.dropwhile(bool, []),
          it.combinations([1], 1), it.groupby([1]), it.tee([1])[0], it.compress([1], [1]), it.pairwise([1]),
          it.filterfalse(None, []), next(it.groupby([1]))[1]):
    print(type(f).__name__, str(f).split(" object")[0])
