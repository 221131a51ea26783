# float(str) as CPython reads text: whitespace, signs, underscores between digits only, exponents, inf/nan words;
# and the truth value of instances through __bool__ and __len__, including after the class changes.
texts = [
    "1.5", " 2.25\n", "\t-3e2 ", "+.5", "5.", "1_000.5", "1e1_0", "0_0", "00012", "-0", "1E+05", "1.e5",
    "inf", "-Infinity", "+iNf", "nan", "-NaN", "1e500", "-1e500", "1e-400", "\u0661\u0662.5", "\u00a08.5\u2003",
    "  123456789012345678901234567890.5  ", "0.1", "2.5e-3", "9007199254740993",
]
for t in texts:
    print(repr(t), float(t))
bad = [
    "", " ", "1__0", "_1", "1_", "1_.5", "1._5", ".", "e5", ".e5", "1e", "1e+", "+", "-", "1.5.2", "0x10",
    "infinit", "nanx", "in f", "1 2", "1,5", "\x1c7\x1f", "\x1c", "\x1c7\u00a0", "\u0661x", "1e5_", "--1", "+-1", "inf_", "\x00",
]
for t in bad:
    try:
        print(float(t))
    except ValueError as e:
        print("ValueError:", e)
print(sum(float(x) for x in "1.5,2.5,3_0.25".split(",")))
print(complex("1.5+2e1j"), complex("-2_0j"))


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt


class Bag:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


head = Node(1, Node(2, Node(3)))
node, total = head, 0
while node:
    total += node.value
    node = node.nxt
print(total, bool(head), not head, (head or 0).value, None or head.value)
print([bool(Bag(x)) for x in ([], [1], "ab", "")], len(Bag([1, 2])))
print([bool(Flag(x)) for x in (True, False)], Flag(False) or "fallback", Flag(True) and "both")
Node.__len__ = lambda self: 0
print(bool(head), "empty" if not head else "full")
del Node.__len__
print(bool(head))
Node.__bool__ = lambda self: self.value > 1
print(bool(head), bool(head.nxt))


class Bad:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return "3"


for thing in (Bad(), BadLen()):
    try:
        print(bool(thing))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(len(BadLen()))
except TypeError as e:
    print("TypeError:", e)
