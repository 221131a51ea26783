# Sets whose members compare with a user __eq__ that changes the set mid-probe, and the table operations
# (copy, update, pop, clear, discard, resize) on small and large sets.
class K:
    def __init__(self, v, victim=None):
        self.v = v
        self.victim = victim
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if self.victim is not None:
            print("eq mutating", len(self.victim))
            self.victim.clear()
            self.victim = None
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%d)" % self.v
s = set()
for i in range(20):
    s.add(K(i))
a = K(5, s)
print(a in s, len(s))
s2 = {K(1), K(2), K(3)}
b = K(2, s2)
s2.add(b)
print(sorted(x.v for x in s2))
s3 = set(range(100))
s3.discard(5)
print(len(s3), 5 in s3, 6 in s3)
print({100, 5, 37}, set("hello") == set("olleh"), frozenset([3, 1, 2]))
x = {1, 2, 3}
y = x.copy()
y.add(4)
print(x, y, x | y, x & y, y - x, x ^ y)
z = set()
z.update(x)
z.update(range(50))
print(len(z), z.pop(), len(z))
z.clear()
print(z, len(z))
w = set(x)
w |= {9, 10}
print(w)
import itertools
big = set(itertools.islice(itertools.count(), 100000))
print(len(big), 99999 in big)
for k in range(0, 100000, 3):
    big.discard(k)
print(len(big), sum(big) % 1000)
fs = frozenset(big)
print(len(fs), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
