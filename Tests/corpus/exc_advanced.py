class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class MissingField(ValidationError):
    pass
def validate(record):
    if "name" not in record:
        raise MissingField("name", "is required")
    if not isinstance(record.get("age"), int):
        raise ValidationError("age", "must be an int")
    return True
for rec in [{"name": "a", "age": 3}, {"age": 3}, {"name": "b", "age": "x"}]:
    try:
        print(validate(rec))
    except MissingField as e:
        print("missing:", e, e.field)
    except ValidationError as e:
        print("invalid:", e, e.field, isinstance(e, MissingField))
def cleanup_order():
    log = []
    try:
        try:
            log.append("inner try")
            raise ValueError("boom")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(cleanup_order())
def returns_in_finally():
    try:
        return 1
    finally:
        print("finally runs before return")
print(returns_in_finally())
def break_in_try():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(break_in_try())
try:
    raise ValueError("original")
except ValueError as e:
    try:
        raise TypeError("second") from e
    except TypeError as t:
        print(repr(t), repr(t.__cause__), t.__cause__ is e)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
def gen_errors():
    for exc in (ValueError, TypeError, KeyError, IndexError, ZeroDivisionError):
        try:
            raise exc("msg")
        except (ValueError, TypeError):
            yield "value/type"
        except LookupError:
            yield "lookup"
        except Exception as e:
            yield type(e).__name__
print(list(gen_errors()))
e = ValueError("a", "b", 3)
print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(isinstance(e, Exception), isinstance(e, BaseException), issubclass(ValueError, Exception))
class Retry(Exception):
    pass
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise Retry()
        break
    except Retry:
        continue
print("attempts", attempts)
try:
    raise Exception("with note")
except Exception as ex:
    err = ex
print(type(err).__name__, err)
