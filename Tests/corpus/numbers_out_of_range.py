# Numbers that cannot become what is asked: NaN, infinities and huge floats into integers and lengths,
# integer format codes on floats, and CPython's limit on int/str conversions. Each is an error, never a crash.
import math
import numpy as np


def attempt(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, OverflowError, TypeError) as e:
        print(label, type(e).__name__, e)


attempt("array nan int", lambda: np.array([1.5, float("nan")], dtype=int))
attempt("array huge int", lambda: np.array([1e300], dtype=int))
attempt("array inf int", lambda: np.array([float("-inf")], dtype=int))
attempt("array ok int", lambda: np.array([1.9, -1.9], dtype=int))
attempt("full nan int", lambda: np.full(3, float("nan"), dtype=int))
attempt("astype nan", lambda: np.array([float("nan"), 1e30, -2.5]).astype(int))
attempt("arange inf", lambda: np.arange(0, float("inf")))
attempt("arange nan", lambda: np.arange(0, float("nan")))
attempt("arange tiny step", lambda: np.arange(0.0, 10.0, 1e-300))
attempt("arange empty", lambda: np.arange(5.0, 1.0))
attempt("mgrid inf", lambda: np.mgrid[0 : float("inf") : 1])
attempt("mgrid nan points", lambda: np.mgrid[0 : 5 : float("nan") * 1j])
attempt("mgrid 2d nan", lambda: np.mgrid[0:2, 0 : float("nan") : 1])
attempt("mgrid 2d inf", lambda: np.mgrid[0:2, 0 : float("inf") : 1])
attempt("histogram nan", lambda: np.histogram([1.0, float("nan")], bins=3))
attempt("histogram inf", lambda: np.histogram([1.0, float("inf")], bins=3))
attempt("histogram range inf", lambda: np.histogram([1.0, 2.0], bins=3, range=(0, float("inf"))))
attempt("histogram range nan", lambda: np.histogram([1.0, 2.0], bins=3, range=(float("nan"), 1)))
attempt("histogram nan in range", lambda: np.histogram([1.0, 2.0, float("nan")], bins=3, range=(0, 3)))
attempt("threshold -inf", lambda: np.set_printoptions(threshold=float("-inf")))
np.set_printoptions(threshold=1000)
attempt("gamma nan", lambda: math.gamma(float("nan")))
attempt("gamma huge", lambda: math.gamma(1e300))

for spec in ["d", ",d", "5d", "x", "b", "o", "c", "n", "e", "%"]:
    attempt("format " + spec, lambda: format(float("nan"), spec))
attempt("format int d", lambda: format(2.0, "d"))

attempt("str 10**4299", lambda: len(str(10**4299)))
attempt("str 10**4300", lambda: str(10**4300))
attempt("repr -10**5000", lambda: repr(-(10**5000)))
attempt("fstring", lambda: f"{10**4300}")
attempt("format d", lambda: format(10**4300, ",d"))
attempt("percent d", lambda: "%d" % 10**4300)
attempt("hex ok", lambda: len(f"{10**4300:x}"))
attempt("int 4300 digits", lambda: int("7" * 4300) % 1000)
attempt("int 4301 digits", lambda: int("7" * 4301))
attempt("int underscores", lambda: int("1_0" * 2200) % 7)
attempt("int hex ok", lambda: int("f" * 5000, 16) % 1000)
