# Where NumPy's dtype rules decide the answer: shapes that do not broadcast under ==, bitwise operators on
# floats, unary ufuncs on bools (float16 and int8 loops Tessel lacks are named, not guessed), nan-reductions of
# integers, ptp of bools, fabs and invert. (Bool inputs to float16 and int8 loops: Tests/corpus_unsupported.)
import numpy as np


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = np.array([3, -1, 0, 7, -8, 2])
b = np.array([0.5, -2.25, 0.0, 1e-3, 123.456, -0.0])
c = np.array([True, False, True, True, False, False])
m = np.arange(12).reshape(3, 4) - 5
attempt("eq shapes", lambda: b == m)
attempt("ne shapes", lambda: a != np.arange(4))
attempt("eq list", lambda: a == [1, 2, 3])
attempt("eq broadcast", lambda: m == np.array([-5, 0, 1, 6]))
attempt("eq ok", lambda: a == a[::-1])
for expr, f in [
    ("b & 1", lambda: b & 1),
    ("1.5 | a", lambda: 1.5 | a),
    ("b ^ m", lambda: b ^ m),
    ("b << 1", lambda: b << 1),
    ("a & c", lambda: a & c),
    ("c | c", lambda: c | c),
    ("a ^ 3", lambda: a ^ 3),
    ("a >> 1", lambda: a >> 1),
]:
    attempt(expr, f)
for name in ["sin", "exp", "log", "sqrt", "cbrt", "arctan", "rint", "degrees", "square", "reciprocal", "fabs"]:
    attempt("np.%s(int)" % name, lambda: getattr(np, name)(a))
for name in ["positive", "sign", "negative", "abs", "floor", "ceil", "trunc", "isnan", "logical_not", "invert"]:
    attempt("np.%s(bool)" % name, lambda: getattr(np, name)(c))
    attempt("np.%s(int)" % name, lambda: getattr(np, name)(a))
attempt("invert float", lambda: np.invert(b))
attempt("bitwise_not", lambda: np.bitwise_not(a))
attempt("invert scalar", lambda: np.invert(np.int64(5)))
attempt("fabs scalar", lambda: np.fabs(-3))
attempt("fabs float", lambda: np.fabs(b))
for name in ["nansum", "nanprod", "nanmax", "nanmin", "nanmean"]:
    attempt(name + " int", lambda: getattr(np, name)(a))
    attempt(name + " bool", lambda: getattr(np, name)(c))
    attempt(name + " axis", lambda: getattr(np, name)(m, axis=0))
    attempt(name + " keepdims", lambda: getattr(np, name)(m, axis=1, keepdims=True))
    attempt(name + " float", lambda: getattr(np, name)(np.array([1.0, np.nan, 2.5])))
attempt("ptp bool", lambda: np.ptp(c))
attempt("ptp int", lambda: np.ptp(m, axis=1))
