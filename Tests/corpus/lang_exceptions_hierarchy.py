class AppError(Exception):
    """Base of this program's errors."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFound(AppError, KeyError):
    pass


def validate(record):
    if "age" not in record:
        raise ValidationError("age", "missing")
    if record["age"] < 0:
        raise ValidationError("age", f"must be >= 0, got {record['age']}")
    return True


for rec in [{"age": 3}, {}, {"age": -1}]:
    try:
        validate(rec)
        print("ok", rec)
    except ValidationError as e:
        print(type(e).__name__, e, e.field, isinstance(e, AppError), e.args)

try:
    raise NotFound("user 42")
except KeyError as e:
    print("KeyError caught:", repr(e), isinstance(e, AppError))


def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise AppError(f"bad number {text!r}") from exc


try:
    parse("x1")
except AppError as e:
    print(e, "| cause:", repr(e.__cause__))


def steps():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")


print(steps())


def safe_divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("division by zero")
        return None
    else:
        print("no error")
        return result
    finally:
        print("done", a, b)


print(safe_divide(1, 2), safe_divide(1, 0))
try:
    try:
        [][1]
    except IndexError:
        {}["k"]
except KeyError as e:
    print("KeyError", e, "context:", type(e.__context__).__name__)
errors = []
for value in ["3", "x", None, "4.5"]:
    try:
        errors.append(float(value))
    except (TypeError, ValueError) as e:
        errors.append(type(e).__name__)
print(errors)


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("close", self.name, kind.__name__ if kind else None)
        return kind is ValueError


with Resource("a") as r:
    print("using", r.name)
with Resource("b"):
    raise ValueError("swallowed")
try:
    with Resource("c"):
        raise TypeError("propagates")
except TypeError as e:
    print("outer got", e)
print(issubclass(ValidationError, Exception), issubclass(bool, int), NotFound.__mro__[1].__name__)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
