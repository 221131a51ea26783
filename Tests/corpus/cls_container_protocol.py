# A user-defined sequence and mapping: len, indexing, iteration, membership, slicing.
class Deck:
    ranks = [str(n) for n in range(2, 11)] + list("JQKA")
    suits = "♠ ♥ ♦ ♣".split()

    def __init__(self):
        self._cards = [(r, s) for s in self.suits for r in self.ranks]

    def __len__(self):
        return len(self._cards)

    def __getitem__(self, position):
        return self._cards[position]

deck = Deck()
print(len(deck), deck[0], deck[-1], deck[12::13])
print(("Q", "♥") in deck, ("Z", "♥") in deck)
print([c for c in deck][:3], list(reversed(deck))[:2])
rank_value = {r: i for i, r in enumerate(Deck.ranks)}
print(sorted(deck, key=lambda c: (rank_value[c[0]], c[1]))[:4])

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, value):
        i, j = ij
        self.rows[i][j] = value

    def __iter__(self):
        return iter(self.rows)

    def __contains__(self, value):
        return any(value in r for r in self.rows)

    def __len__(self):
        return len(self.rows)

    def __bool__(self):
        return any(any(r) for r in self.rows)

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m, m[1, 0], 20 in m, 5 in m, len(m), bool(m), bool(Matrix([[0, 0]])))
for row in m:
    print(row)
print([sum(r) for r in m], list(zip(*m)))

class Registry:
    def __init__(self):
        self._d = {}

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __len__(self):
        return len(self._d)

r = Registry()
r["Adam"] = 0.001
r["SGD"] = 0.1
print(r["adam"], r["sgd"], len(r))
del r["ADAM"]
print(len(r))
try:
    r["adam"]
except KeyError as e:
    print("KeyError:", e)
