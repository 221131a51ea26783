# Generators whose bodies are long blocks, paused at every position: each resumption starts again at the statement
# it left, inside loops, branches and try blocks; send and throw reach the yield the generator is paused at.
def steps(n):
    log = []
    a = yield 1
    log.append(("a", a))
    b = yield 2
    log.append(("b", b))
    for i in range(n):
        log.append(("i", i))
        c = yield 10 + i
        if c:
            log.append(("c", c))
            yield "sent"
        log.append(("end", i))
    d = yield 3
    log.append(("d", d))
    e = yield 4
    log.append(("e", e))
    f = yield 5
    log.append(("f", f))
    return log


def drive(gen, values):
    out = [next(gen)]
    try:
        for v in values:
            out.append(gen.send(v))
    except StopIteration as stop:
        out.append(("returned", stop.value))
    return out


print(drive(steps(3), ["x", "y", None, "z", None, None, None, "q", "r", "s", "t"]))
print(drive(steps(0), ["x", "y", "d", "e", "f"]))


def guarded():
    x = 0
    while x < 6:
        x += 1
        try:
            got = yield x
            if got == "boom":
                raise ValueError("from inside")
        except ValueError as err:
            yield "caught %s" % err
        finally:
            x += 0
        x += 1
        y = x * 2
        yield y


h = guarded()
print([next(h), next(h), h.send("boom"), next(h), next(h), h.throw(ValueError("thrown")), next(h)])
h.close()
print(list(guarded()))


def seven():
    yield 0
    s = 1
    yield s
    s += 1
    yield s
    s += 1
    yield s
    s *= 2
    yield s
    s -= 1
    yield s
    yield s + 1


print(list(seven()), sum(seven()))
