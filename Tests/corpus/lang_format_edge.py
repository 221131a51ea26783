values = [0.0, -0.0, 1.5, 2.5, 1e-7, 123456789.0, 1e16, 1.23e-300, float("inf"), float("-inf"), float("nan"), 1/3]
for v in values:
    print(repr(v), str(v), f"{v:.3f}", f"{v:g}", f"{v:e}", f"{v:10.2f}|", f"{v:<8.1f}|", f"{v:+.2e}")
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(7, -1))
for n in [0, 7, -42, 1234567, 2**70]:
    print(f"{n:d} {n:5d}| {n:05d} {n:,} {n:_} {n:x} {n:o} {n:b} {n:#x} {n:+d} {n:^9}|")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|{'fill':*^10}|")
print("{0} {1} {0}".format("a", "b"), "{name} is {age}".format(name="Ann", age=3), "{:>6.2%}".format(0.2567))
print("%s %r %d %5.2f %-5s| %x %e %%" % ("s", "r", 42, 3.14159, "ab", 255, 12345.678))
x = 3.14159
name = "pi"
print(f"{x=}", f"{name!r}", f"{x=:.2f}", f"{'nested {}'}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }")
width, precision = 10, 3
print(f"{x:{width}.{precision}f}|", f"{1234.5:,.1f}", f"{0.000123:.2g}", f"{1e20:.3g}", f"{100:.1e}")
print(str(1e15), str(1e16), repr(123456789012345678.0), 0.1 + 0.2, 1 / 7, 2 / 3, 1e-5, 0.0001)
print(int("0x1f", 16), int("  42 "), int("-0b101", 0), float("1e3"), float(" -inf "), int(3.99), int(-3.99))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, divmod(7.5, 2), 2 ** -1, pow(3, 4, 5), pow(2, 100) % 1000)
print((255).bit_length(), abs(-3), abs(-2.5), (7).bit_count(), (3.5).is_integer(), (4.0).is_integer(), (0.75).as_integer_ratio())
print(1_000_000, 0o17, 0b1010, 0xFF, 1e3, 10**20, 10**20 / 10**10, 7 / 2, 7 // 2.0)
print(bool(0.0), bool(""), bool([0]), None is None, 1 == 1.0, "a" < "b" < "c")
print(max("apple", "banana", key=len), min([3, 1, 2]), sum([0.1] * 10), sum([1, 2], 10))
print(chr(65), ord("é"), "é".encode("utf-8"), "café".upper(), "ß".upper(), "Straße".casefold())
