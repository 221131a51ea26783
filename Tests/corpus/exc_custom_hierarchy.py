# Custom exception hierarchies, chaining, finally/else ordering, re-raising.
class ModelError(Exception):
    pass

class NotFittedError(ModelError):
    def __init__(self, name):
        super().__init__(f"{name} is not fitted yet")
        self.name = name

class ShapeError(ModelError, ValueError):
    pass

def predict(fitted, n_features):
    if not fitted:
        raise NotFittedError("LinearModel")
    if n_features != 3:
        raise ShapeError(f"expected 3 features, got {n_features}")
    return "ok"

for args in [(False, 3), (True, 2), (True, 3)]:
    try:
        print(predict(*args))
    except NotFittedError as e:
        print("NotFitted:", e, e.name, e.args)
    except ValueError as e:
        print("ValueError:", e, type(e).__name__, isinstance(e, ModelError))
    else:
        print("no error")
    finally:
        print("finally", args)

print(ShapeError.__mro__[1].__name__, issubclass(ShapeError, ValueError), issubclass(NotFittedError, ShapeError))

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ModelError(f"bad number {text!r}") from e

try:
    parse("x1")
except ModelError as e:
    print(e, "| cause:", repr(e.__cause__), type(e.__cause__).__name__)

def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")

print(order())

def swallow():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise IndexError("i")
        except IndexError as inner:
            return repr(inner.__context__)

print(swallow())

def retry(fn, attempts):
    errors = []
    for i in range(attempts):
        try:
            return fn(i), errors
        except (ZeroDivisionError, KeyError) as e:
            errors.append(type(e).__name__)
    return None, errors

print(retry(lambda i: 10 / (i - 2) if i < 2 else {"a": 1}["a"] if i == 2 else 0, 4))
print(retry(lambda i: 1 / 0, 3))
try:
    try:
        raise ValueError("original")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised:", e)
e = ModelError("a", 2)
print(e.args, str(e), repr(e), str(ModelError()), repr(NotFittedError("m")))
try:
    raise NotFittedError("x") from None
except ModelError as err:
    print(err.__cause__, err.__suppress_context__)
