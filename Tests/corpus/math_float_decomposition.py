# math.frexp, ldexp, modf, nextafter and ulp across signs, zeros, subnormals, infinities and NaN; time's _ns clocks.
import math
for x in [0.0, -0.0, 1.0, 0.1, -3.75, 1e300, 5e-324, float('inf'), float('-inf'), 2**60, 7]:
    print(math.frexp(x), math.modf(x), repr(math.ulp(x)), repr(math.nextafter(x, 0)), repr(math.nextafter(x, math.inf)))
print(math.modf(float('nan')), math.ulp(float('nan')), math.frexp(float('nan')))
print(math.ldexp(0.75, 3), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-2.5, 10**9 * -1), math.ldexp(1.5, 0), math.ldexp(3, 2))
try:
    math.ldexp(1.0, 1024)
except OverflowError as e:
    print("OverflowError", e)
import time

a = time.perf_counter_ns()
b = time.monotonic_ns()
print(type(a).__name__, time.perf_counter_ns() >= a, abs(b - a) < 10**9)
