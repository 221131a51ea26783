s = {3, 1, 2}
s.add(4)
s.add(1)
print(s, len(s), 3 in s, 9 in s)
print({1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2} ^ {2, 3})
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {1}, {1, 2} == {2, 1}, set() == set())
print(set(), set([1, 1, 2]), set("hello") == set("olleh"), frozenset([1, 2]), frozenset())
s.discard(10)
s.remove(4)
print(s, s.union([7, 8]), s.intersection({1, 2, 9}), s.difference([1]), s.issubset(range(10)))
print({100, 5, 37}, {37, 5, 100}, set([100, 5, 37]), {64, 8, 0, 16}, {10, 20, 30, 40, 50, 60, 70, 80, 90})
print({-1, -2, 0}, {2 ** 61, 1, 2 ** 62}, {1.5, 2.5, 0.5}, {(1, 2), (3, 4), (5, 6)})
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), (), tuple([1, 2]))
a, b, c = t
print(a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(5)
print(first, rest, init, last, head, mid, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
x, y = y, x
print(x, y, t.index(2), t.count(3), (1, 2) < (1, 3), (1, 2, 3) > (1, 2))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 3}[(1, 2)], sorted({(2, 1), (1, 2), (1, 1)}))
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
u = set()
for n in [5, 3, 5, 1, 3]:
    u.add(n)
print(u, sorted(u), max(u), sum(u))
print({n % 3 for n in range(10)}, frozenset({1, 2}) | {3}, {frozenset([1])})
fs = {i * 7 % 11 for i in range(11)}
print(fs, len(fs))
big = set(range(20))
big -= {3, 5}
big &= set(range(0, 20, 2))
print(big)
print(set([1, 2, 3]).symmetric_difference([3, 4]), {1, 2}.isdisjoint({3}), {1}.issuperset(set()))
