# Loops over lists of objects that the engine walks by position: plain, zip, enumerate, with the list growing,
# shrinking or rebound under the loop, and nested walks over the same list.


class Item:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight

    def __repr__(self):
        return f"Item({self.name!r}, {self.weight})"


def total(items):
    s = 0
    for it in items:
        s += it.weight
    return s


def pairs(names, items):
    out = []
    for name, it in zip(names, items):
        out.append((name, it.weight))
    return out


def ranked(items):
    out = []
    for i, it in enumerate(items):
        out.append(f"{i}:{it.name}")
    return out


def growing(items):
    seen = []
    for it in items:
        seen.append(it.name)
        if len(items) < 6:
            items.append(Item(it.name + "+", it.weight + 1))
    return seen


def shrinking(items):
    seen = []
    for it in items:
        seen.append(it.name)
        if items:
            items.pop()
    return seen


def rebound(items):
    seen = []
    for it in items:
        seen.append(it.name)
        items = [Item("other", 0)]
    return seen, [i.name for i in items]


def nested(items):
    count = 0
    for a in items:
        for b in items:
            if a.weight < b.weight:
                count += 1
    return count


def mixed(values):
    out = []
    for v in values:
        out.append(type(v).__name__)
    return out


items = [Item(c, w) for c, w in zip("abcd", [3, 1, 4, 1])]
print(total(items), total([]))
print(pairs(["x", "y", "z"], items))
print(ranked(items))
print(growing(list(items)))
print(shrinking(list(items)))
print(rebound(list(items)))
print(nested(items))
print(mixed([1, 2.5, "s", None, (1,), [2], items[0], 3]))
for k in range(3):
    print(k, total(items[k:]), ranked(items[: k + 1]))
