# Printing numbers the way reports do: rounding, format specs, repr of floats, big and tiny values.
import math

values = [0.1 + 0.2, 1 / 3, 2 / 3, 1e-7, 123456789.125, -0.0, 1e16, 2.5, 3.5, 1e22, 5e-324]
for v in values:
    print(repr(v), f"{v:.3f}", f"{v:.3g}", f"{v:e}", f"{v:>12.4}", round(v, 2), str(v))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(7, -1))
print(f"{1234567.891:,.2f}", f"{0.25:%}", f"{0.256:.1%}", f"{42:08.3f}", f"{-42:+d}", f"{255:#x}", f"{255:b}")
print(f"{'x':*^9}", f"{3.14159:10.2f}|", f"{3.14159:<10.2f}|", f"{12:5d}|{12:<5d}|")
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), int(-2.7), -7 // 2, -7 % 2, divmod(-7, 2))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.fsum([0.1] * 10), sum([0.1] * 10))
print(float("inf"), -float("inf"), float("nan"), math.inf - math.inf, 10 ** 20, 2 ** 0.5, 10 / 4, 10 // 4)
print(1e308 * 10, 7.0, 7.10, 100.0, 1e5, 1e15, 1e16, 12345678901234567890.0, 0.000001, 0.0000001)
print(int("42"), float("3.5e2"), int(3.99), int("-0"), float(" 1.5 "), complex(1, -2), abs(-3 + 4j))
