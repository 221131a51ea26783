# Generators resumed at yields spread through blocks, loops with else clauses and branches, with statements that
# cannot pause between them, and values sent in (None and not) at each resumption.


def steps(n):
    total = 0
    yield "start"
    for i in range(n):
        total += i
        if i % 2:
            yield ("odd", i, total)
            total -= 1
        else:
            total += 10
        note = f"after {i}"
    else:
        yield ("for-else", total, note)
    k = 0
    while k < 3:
        k += 1
        if k == 2:
            continue
        yield ("while", k)
    else:
        yield ("while-else", k)
    x = 5
    x *= 2
    yield ("end", x)


print(list(steps(4)))


def echo():
    received = []
    value = None
    while True:
        got = yield value
        received.append(got)
        if got == "stop":
            break
        value = got * 2 if got is not None else "none"
    yield received


g = echo()
print(next(g), g.send(3), next(g), g.send("ab"), g.send(None), g.send("stop"))


def nested(rows):
    for r in rows:
        for c in r:
            if c < 0:
                continue
            yield c
        else:
            yield "row"
    yield "done"


print(list(nested([[1, -2, 3], [], [-1], [4]])))


def early(xs):
    for x in xs:
        if x == 3:
            return "found"
        yield x
    yield "missing"


def collect(gen):
    out = []
    try:
        while True:
            out.append(next(gen))
    except StopIteration as e:
        out.append(("returned", e.value))
    return out


print(collect(early([1, 2, 3, 4])), collect(early([1])))


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def relay(n):
    yield "before"
    result = yield from countdown(n)
    yield ("after", result)


print(list(relay(3)))
print(sum(x * x for x in countdown(10)), max(countdown(5)), sorted(countdown(4)))
