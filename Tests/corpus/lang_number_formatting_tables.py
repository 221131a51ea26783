# Printing numbers the way reports do: repr vs str, rounding, percentages, scientific notation, alignment.
values = [0.0, 1.0, -2.5, 1 / 3, 2 / 3, 1e-7, 123456789.123, 1e16, 12345.6789, 0.1 + 0.7, 100.0, float("inf")]
for v in values:
    print(repr(v), str(v), f"{v:.2f}", f"{v:10.3e}", f"{v:g}", f"{v:.3g}", round(v, 3) if v != float("inf") else v)
print(f"{0.25:.0%}", f"{0.12345:.2%}", f"{1:.1%}", "{:.1f}%".format(45.678))
ints = [0, 7, -42, 1000, 123456789, 2 ** 70]
for n in ints:
    print(f"{n:>12}", f"{n:,}", f"{n:_}", f"{n:+}", f"{n:e}", format(n, "x") if n >= 0 else format(n, "x"))
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(0.375, 2), round(1e15 + 0.5), round(12.34567, 3))
print(str(1.0), str(1.5), str(10.0 ** 20), str(10.0 ** -5), 3.0 * 1.1, 1.1 + 2.2, 0.1 * 0.1)
print(int(1e18), int(-1.9), float(10 ** 20), 10 ** 20 / 3, 7 / 7, 2 ** 0.5 * 2 ** 0.5)
print(format(3.14159, "08.3f"), format(-3.14159, "+.1f"), format(1234.5, ">10,.1f"), format(0.000012345, ".3e"))
print("%.3f|%8.2f|%-8.1f|%+d|%05d|%e|%g|%G" % (3.14159, 2.5, 1.25, 5, 42, 0.00012, 1e-10, 1e20))
