# Context managers written as classes and with contextlib-free generators: timing-free resources, suppression,
# exception chaining through __exit__, nested managers, and cleanup order.
class Resource:
    log = []

    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Resource.log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        if self.fail_on_exit:
            raise RuntimeError(f"{self.name} failed to close")
        return False

with Resource("a") as a, Resource("b") as b:
    Resource.log.append(f"use {a.name}{b.name}")
print(Resource.log)
Resource.log.clear()
try:
    with Resource("outer"):
        with Resource("inner"):
            raise ValueError("work failed")
except ValueError as e:
    print("caught:", e)
print(Resource.log)
Resource.log.clear()
try:
    with Resource("x", fail_on_exit=True):
        raise KeyError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
print(Resource.log)

class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, self.kinds):
            self.caught = value
            return True
        return False

with Suppress(ZeroDivisionError, KeyError) as s:
    1 / 0
print("suppressed:", repr(s.caught))
with Suppress(KeyError) as s:
    pass
print(s.caught)
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError passed through:", e)

class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, kind, value, tb):
        if kind is not None:
            self.store.clear()
            self.store.update(self.snapshot)
        return kind is ValueError

db = {"a": 1}
with Transaction(db) as t:
    t["b"] = 2
with Transaction(db) as t:
    t["c"] = 3
    raise ValueError("rollback")
print(db)
def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown cleanup")
for v in countdown(3):
    print(v)
gen = countdown(5)
print(next(gen), next(gen))
gen.close()
