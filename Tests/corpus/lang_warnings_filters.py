# The warnings module as notebooks use it: filters set at the top, catch_warnings(record=True), warn raising
# under an 'error' filter. (What warn prints goes to stderr, which the corpus does not compare.)
import warnings
print(warnings.filters[:0], type(warnings.filters).__name__)
warnings.warn("first")
warnings.warn("first")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    warnings.warn(DeprecationWarning("old api"))
    print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
    print(caught[0].category is RuntimeWarning, issubclass(caught[1].category, Warning))
with warnings.catch_warnings():
    warnings.filterwarnings("error", message="bad.*thing")
    try:
        warnings.warn("Bad news thing happened")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.warn("good thing")
warnings.filterwarnings("ignore")
warnings.warn("hidden")
warnings.resetwarnings()
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("rt", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", repr(e))
warnings.warn("user ok")
try:
    warnings.filterwarnings("sometimes")
except AssertionError as e:
    print("assert", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][2].__name__)
