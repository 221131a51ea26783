values = [0, 1, -1, 3.14159, -2.5, 1e-7, 123456789.987654321, 1e21, 0.1, 100.0, 2 ** 63, -(2 ** 70)]
for v in values:
    print(repr(v), str(v), f"{v}", f"{v!r}")
for v in [3.14159, -2.5, 1234.5678, 0.000123, 1e10, 0.0, -0.0, 100]:
    print(f"{v:.2f}|{v:10.3f}|{v:<10.1f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:%}|{v:+.1f}|{v:,.2f}")
for n in [0, 7, -42, 255, 1000000, 2 ** 40]:
    print(f"{n:d}|{n:5d}|{n:<5d}|{n:^7d}|{n:05d}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:,}|{n:_}|{n:+d}")
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e16, ""), format(1e16, ".1f"), format(123.456, ".5"), format(0.0001234, ".2"), format(12345678.9, ".3"))
print("{:>8}".format("abc"), "{:<8}|".format("abc"), "{:^8}|".format("abc"), "{:.2}".format("abcdef"))
print("%5.1f%%" % 99.567, "%-6d|" % 42, "%+.2e" % 12345.6789, "%c%c" % (72, "i"), "%08.3f" % -3.14159)
print("%s" % [1, 2], "%r" % "q", "%(a)s-%(b)d" % {"a": "x", "b": 5}, "%3s|%-3s|" % ("a", "b"))
print(int("  12  "), int("-0"), float("1_000.5"), int(2.9999), int(-2.9999), round(2.5), round(-3.5))
print(10 / 4, 10 // 4, 10 % 4, -10 / 4, -10 // 4, -10 % 4, 10.0 // 3, 10.5 % 3)
print(1 / 3 + 1 / 3 + 1 / 3, 0.1 * 3, 3 * 0.1 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(2 ** 0.5 * 2 ** 0.5, (2 ** 0.5) ** 2, 10 ** -2, 10.0 ** 20, 10 ** 20, float(10 ** 20))
print(7 .bit_length(), (3.5).is_integer(), (4.0).is_integer(), (0.75).as_integer_ratio(), (10).as_integer_ratio())
print(complex(3, 4) * 2, (1 + 1j) ** 2, abs(1j), (2 + 3j).conjugate(), 1j ** 2)
print(True == 1, False == 0, True is True, None is None, 1.0 == 1, "1" == 1, [] == [], [] is [])
print(max(0.1, 0.2) - min(0.1, 0.2), sum([1e100, 1.0, -1e100]), 1e308 + 1e308, -1e308 * 10)
print(float("nan") == float("nan"), float("inf") > 1e308, -float("inf") < -1e308)
