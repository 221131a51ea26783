# itertools for data work: product grids, combinations, accumulate, groupby, chain, starmap, zip_longest.
import itertools as it
import operator

grid = list(it.product([0.01, 0.1], [16, 32], ["relu"]))
print(len(grid), grid[:3])
print(list(it.combinations("abcd", 2)), len(list(it.combinations(range(10), 3))))
print(list(it.permutations([1, 2, 3], 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.accumulate([3, 1, 4, 1, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([1, 2, 3], initial=100)))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
for key, group in it.groupby(data, key=lambda w: w[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in it.groupby("aaabccdddd")])
print(list(it.chain([1, 2], (3,), "ab")), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, 6, 2)), list(it.repeat("x", 3)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(7))), list(it.pairwise([1, 4, 9, 16])) if hasattr(it, "pairwise") else [])
cyc = it.cycle("AB")
print([next(cyc) for _ in range(5)])
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
batches = [list(g) for _, g in it.groupby(enumerate(range(10)), key=lambda t: t[0] // 4)]
print([[v for _, v in b] for b in batches])
print(sum(1 for _ in it.permutations(range(5))), max(it.product(range(3), repeat=2), key=sum))
