# `with` inside generators: the manager stays entered across yields, and exits on exhaustion, break, close or error.
log = []

class Opened:
    def __init__(self, name, lines):
        self.name, self.lines = name, lines

    def __enter__(self):
        log.append(f"enter {self.name}")
        return iter(self.lines)

    def __exit__(self, kind, value, tb):
        log.append(f"exit {self.name} {kind.__name__ if kind else None}")
        return kind is KeyError

def read_records(name, lines):
    with Opened(name, lines) as rows:
        for row in rows:
            if row.startswith("#"):
                continue
            yield row.split(",")
    log.append(f"after with {name}")

print(list(read_records("a.csv", ["#h", "1,2", "3,4"])), log)
log.clear()
reader = read_records("b.csv", ["5,6", "7,8", "9,0"])
for rec in reader:
    if rec[0] == "7":
        break
print(log)
reader.close()
print(log)
g = read_records("c.csv", ["1,1", "2,2"])
print(next(g))
g.close()
print(log)
log.clear()
def failing():
    with Opened("d", []):
        yield 1
        raise KeyError("swallowed by __exit__")
    yield "after"
print(list(failing()), log)
log.clear()
def nested():
    with Opened("outer", []), Opened("inner", []):
        yield "both open"
        yield log[:]
    yield "both closed"
print(list(nested()), log)
log.clear()
def erroring():
    with Opened("e", []):
        yield 1
        raise ValueError("escapes")
try:
    for v in erroring():
        print("got", v)
except ValueError as e:
    print("ValueError:", e, log)
