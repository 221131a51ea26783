# for x in xs over lists that change under the walk, names rebound mid-walk, enumerate with offsets, break/else,
# and lists of numbers the numeric tier takes.
class T:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "T(%d)" % self.v
def grow(xs):
    out = []
    for x in xs:
        out.append(x)
        if len(xs) < 6:
            xs.append(T(len(xs)))
    return out
print(grow([T(0), T(1)]))
def shrink(xs):
    out = []
    for x in xs:
        out.append(x)
        if xs:
            xs.pop()
    return out
print(shrink([T(i) for i in range(6)]))
def rebind(xs):
    out = []
    for x in xs:
        out.append(x)
        xs = [T(99)]
    return out, xs
print(rebind([T(1), T(2), T(3)]))
def numbered(xs):
    out = []
    for i, x in enumerate(xs, 1):
        out.append((i, x))
        if i == 2:
            continue
    for i, x in enumerate(xs):
        if i == 1:
            break
    else:
        out.append("no break")
    return out, i
print(numbered([T(5), T(6), T(7)]))
def numbers(xs):
    total = 0
    for x in xs:
        total += x
    return total
print(numbers([1, 2, 3]), numbers([1.5, 2.5]), numbers([T(1).v, 2]), numbers([]))
def mixed(xs):
    total = 0
    for x in xs:
        total += x if isinstance(x, int) else x.v
    return total
print(mixed([1, T(2), 3, T(4)]))
def empty_else(xs):
    for x in xs:
        return "had"
    else:
        return "empty"
print(empty_else([]), empty_else([T(1)]), empty_else(()))
def over_tuple_and_str(t, s):
    out = []
    for x in t:
        out.append(x)
    for c in s:
        out.append(c)
    return out
print(over_tuple_and_str((T(1), T(2)), "ab"))
def last_value(xs):
    for x in xs:
        pass
    return x
print(last_value([T(3), T(4)]))
def shadow_enumerate(xs):
    enumerate = lambda ys: [(0, "shadow")]
    for i, x in enumerate(xs):
        return i, x
print(shadow_enumerate([T(1)]))
def nested(rows):
    out = []
    for row in rows:
        for x in row:
            out.append(x.v)
    return out
print(nested([[T(1), T(2)], [], [T(3)]]))
