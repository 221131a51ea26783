# np.set_printoptions / get_printoptions / printoptions: precision, suppress, floatmode (all four), threshold,
# edgeitems and linewidth over floats, ints, bools, 0-d, summarised and 2-d arrays, and the option errors.
import sys
import numpy as np

rng = np.random.default_rng(3)
arrays = [
    np.array([0.1, 0.25, 1 / 3, -2.5]),
    np.array([1e-10, 1.0, 123.456789]),
    np.array([1e9, 1.5, -3.25]),
    np.array([[1.0, -0.0001234], [1e5, 3.14159265358979]]),
    np.array([np.nan, 1.5, -np.inf, 2.0]),
    np.array([0.0, 0.0]),
    np.array([5.0]),
    rng.normal(size=(4, 5)),
    rng.normal(size=(3, 4)) * 1e-6,
    np.arange(12).reshape(3, 4),
    np.arange(30),
    np.array([True, False]),
    np.linspace(0, 1, 2000),
    np.arange(2000),
    np.array(0.123456789),
    np.array([1 / 7, 22 / 7, 1e-3]),
]
settings = [
    dict(precision=3, suppress=True),
    dict(precision=2),
    dict(precision=4, floatmode="fixed"),
    dict(precision=4, floatmode="maxprec_equal"),
    dict(floatmode="unique"),
    dict(precision=0),
    dict(precision=3, floatmode="fixed", suppress=True),
    dict(threshold=10, edgeitems=2),
    dict(linewidth=40),
    dict(threshold=sys.maxsize, linewidth=120),
    dict(suppress=True),
    dict(precision=17, floatmode="fixed"),
]
default = np.get_printoptions()
for options in settings:
    np.set_printoptions(**options)
    print(options)
    for a in arrays:
        print(repr(a))
        print(a)
    np.set_printoptions(**{k: default[k] for k in ["precision", "threshold", "edgeitems", "linewidth", "suppress", "floatmode"]})
print(np.get_printoptions() == default)
with np.printoptions(precision=2, suppress=True) as opts:
    print(opts["precision"], np.array([1 / 3, 1e-9]))
print(np.array([1 / 3, 1e-9]))
np.set_printoptions(precision=3)
np.set_printoptions(suppress=True)
print(np.get_printoptions()["precision"], np.array([1 / 3, 1e-9]), np.float64(1 / 3), [np.float64(0.5)])
for bad in [dict(floatmode="bad"), dict(precision=1.5), dict(threshold="x"), dict(threshold=float("nan")), dict(sign="x")]:
    try:
        np.set_printoptions(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
