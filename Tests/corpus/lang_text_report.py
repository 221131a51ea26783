# Building a text report: f-string alignment, tables, number formats, multi-line strings, join.
rows = [
    ("linear regression", 0.8123, 0.0451, 1200),
    ("random forest", 0.9012, 0.0332, 54000),
    ("knn (k=5)", 0.8567, 0.0398, 310),
]
header = f"{'model':<20}{'R2':>8}{'RMSE':>9}{'params':>10}"
print(header)
print("-" * len(header))
for name, r2, rmse, params in rows:
    print(f"{name:<20}{r2:>8.3f}{rmse:>9.4f}{params:>10,}")
best = max(rows, key=lambda r: r[1])
print(f"best: {best[0]!r} with R2={best[1]:.1%}")
width = 12
print(f"{'centered':^{width}}|", f"{3.14159:{width}.{3}f}|", f"{42:#0{8}x}", f"{-7:+05d}", f"{1e6:,.0f}")
text = """Line one
    indented line
last line"""
print(text.splitlines(), len(text))
print("\n".join(f"{i:>2}. {w}" for i, w in enumerate(["alpha", "beta"], 1)))
bar = lambda v: "#" * round(v * 20)
for name, r2, _, _ in rows:
    print(f"{name[:10]:10} {bar(r2)} {r2:.2f}")
print("%-10s|%6.2f|%03d|%x|%e" % ("pct", 12.3456, 7, 255, 12345.678))
print("{0} {1} {0}".format("a", "b"), "{name} is {age}".format(name="ana", age=30), "{:.2e}".format(0.000123))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format(1, 2, 3, "x"))
print(f"{'nested ' + str(len(rows))} rows", f"{rows[0][0].title()}", f"{{literal braces}}")
val = 0.1 + 0.2
print(f"{val=}", f"{val = :.3f}", f"{len(rows)=}")
print(str(12.0), str(1.5e-7), repr("quote's"), repr('dq"s'), ascii("café"), "tab\there")
table = [[1, 22, 333], [4444, 5, 66]]
widths = [max(len(str(r[c])) for r in table) for c in range(3)]
for r in table:
    print(" | ".join(str(v).rjust(w) for v, w in zip(r, widths)))
