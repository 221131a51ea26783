def risky(n):
    if n == 0:
        raise ValueError("zero!")
    if n == 1:
        raise KeyError("one")
    return 10 / (n - 2)
for n in range(4):
    try:
        print("result", risky(n))
    except ValueError as e:
        print("ValueError:", e)
    except (KeyError, ZeroDivisionError) as e:
        print(type(e).__name__, e, e.args)
    else:
        print("no error")
    finally:
        print("finally", n)
class AppError(Exception):
    pass
class DetailError(AppError):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
try:
    raise DetailError(42, "bad thing")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception), repr(e))
try:
    try:
        [][1]
    except IndexError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    {}["k"]
except LookupError as e:
    print("lookup", repr(e))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging")
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("re-raised:", e)
try:
    raise Exception("a", 1)
except Exception as e:
    print(e, e.args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(bool, int))
errors = []
for v in ["1", "x", "3.5", None]:
    try:
        errors.append(int(v))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
try:
    raise KeyboardInterrupt if False else StopIteration(5)
except StopIteration as e:
    print("stop", e.value)
