# Floats: representation, rounding, special values.
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0 * 10)
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001, rel_tol=1e-2), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (0.1).as_integer_ratio())
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf > 1e308, nan == nan, nan != nan, math.isnan(nan), math.isinf(-inf), inf - inf)
print(float("1e3"), float("  -2.5 "), float("-inf"), float(7), float("1_000.5"))
for x in [2.675, 1.005, 0.125, 0.375, -1.5, 1e-7, 123456.789]:
    print(x, round(x, 2), round(x), f"{x:.2f}", f"{x:g}", f"{x:.3e}", repr(x))
print(1e22, 1e21, 1e-4, 0.0001234, 1.0, -0.0, 5e-324, 1.7976931348623157e308)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.copysign(1, -0.0))
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log10(1000), math.log2(8), math.log1p(1e-10))
print(math.sin(math.pi / 6), math.cos(math.pi), math.atan2(1, -1), math.hypot(3, 4), math.degrees(math.pi))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2, 4]))
print(7.0 // 2, 7.5 % 2, -7.5 // 2, divmod(7.5, 2), 2.0 ** -1, (-8) ** (1 / 3) if False else 8 ** (1 / 3))
print(float.fromhex("0x1.8p1"), (1.5).hex())
print(str(1e100), str(12345678901234567.0), 0.1 * 3, 100 * 1.1)
