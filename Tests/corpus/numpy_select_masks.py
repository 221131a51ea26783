# np.select (NumPy's where-chain, its dtype and errors) and boolean masks whose shape does not fit.
import numpy as np


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


x = np.arange(-3, 4)
attempt("select", lambda: np.select([x < 0, x > 1], [x * 10, x**2], -1))
attempt("select float", lambda: np.select([x < 0], [1.5]))
attempt("select bool", lambda: np.select([x < 0, x < 2], [True, False]))
attempt("select none", lambda: np.select([x > 10], [x]))
attempt("select float default", lambda: np.select([x > 0], [x], 0.5))
attempt("select overlap", lambda: np.select([x > 0, x > 2], [x, -x], default=99))
attempt("select broadcast", lambda: np.select([np.array([[True, False]])], [np.array([1, 2])], default=np.array([[7], [8]])))
attempt("select empty", lambda: np.select([], []))
attempt("select lengths", lambda: np.select([x > 0], []))
attempt("select not bool", lambda: np.select([x], [x]))
grades = np.array([55, 67, 72, 88, 94, 40])
print(
    np.select([grades >= 90, grades >= 80, grades >= 70], [4.0, 3.0, 2.0], 0.0))

m = np.arange(12).reshape(3, 4) - 5
sq = np.arange(9.0).reshape(3, 3)
attempt("mask deeper", lambda: x[m > 0])
attempt("mask axis 1", lambda: sq[m > 0])
attempt("mask axis 0", lambda: m[np.ones((2, 4), dtype=bool)])
attempt("mask ok", lambda: m[m > 0])
attempt("mask 1-d size", lambda: x[np.array([True, False])])
