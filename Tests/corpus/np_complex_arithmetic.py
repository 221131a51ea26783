# complex128 arithmetic as NumPy computes it: every digit (tolist and repr show all of them).
import numpy as np

rng = np.random.default_rng(11)
scales = np.array([10.0 ** k for k in range(-6, 7)])
n = 60
a = rng.standard_normal(n) * scales[rng.integers(0, 13, n)] + 1j * rng.standard_normal(n)
b = rng.standard_normal(n) + 1j * rng.standard_normal(n) * scales[rng.integers(0, 13, n)]

print("== elementwise ==")
for name, r in [("a + b", a + b), ("a - b", a - b), ("a * b", a * b), ("a / b", a / b), ("a ** 2", a ** 2),
                ("a ** 3", a ** 3), ("a ** -1", a ** -1), ("a ** 5", a ** 5), ("a ** -3", a ** -3),
                ("a ** 0.5", a ** 0.5), ("np.sqrt(b)", np.sqrt(b)), ("np.square(b)", np.square(b)),
                ("a * 1.5", a * 1.5), ("2.5 / a", 2.5 / a), ("a * conj(a)", a * np.conj(a)),
                ("np.exp(b.real / 4 + 1j * a.imag)", np.exp(b.real / 4 + 1j * a.imag)), ("a.real * b", a.real * b), ("-a", -a)]:
    print(name, r[:8].tolist())
print("abs:", np.abs(a[:10]).tolist())
print("angle:", np.angle(b[:10]).tolist())
print("sum:", repr(np.sum(a)), "mean:", repr(a.mean()), "sum of b:", repr(b.sum()))

print("== mixing with real arrays and numbers ==")
x = np.arange(5)
print(x * 1j)
print(x + 0.5j)
print(1j * np.ones(3))
print(np.array([1.0, 2.0]) - (1 + 1j))
print(np.linspace(0, 1, 3) * (2 - 1j))
print(np.exp(1j * np.linspace(0, np.pi, 5)))

print("== NumPy complex scalars ==")
z = np.complex128(3 - 4j)
w = a[0]
print(repr(z), str(z), repr(z * 2), repr(2 * z), repr(z / 3), repr(z + np.int64(1)), repr(z ** 2), repr(z ** -1))
print(repr(abs(z)), repr(z.real), repr(z.imag), repr(z.conjugate()), repr(-z))
print(repr(w * b[0]), repr(w / b[0]), repr(complex(w)), repr(1j * np.float64(2)), repr(np.float64(2) * 1j))
print(repr(np.complex128(1) / 0), repr(np.complex128(0)), repr(np.complex128(2.5, -1)), repr(np.complex128(-0.0 + 2j)))
print(z == 3 - 4j, z != 3, z < 4, z > 3 - 5j, sorted([np.complex128(1 + 1j), np.complex128(0.5j), np.complex128(1 - 1j)]))
print(float(np.complex128(2.5 + 0j)), int(np.complex128(7.9 - 1j)))

print("== comparisons and selection ==")
c = np.array([1 + 1j, 2 - 3j, 0.5j, 1 + 1j])
print(c == 1 + 1j, c != c[1], c < 1, c >= 0.5j)
print(c[c.real > 0], c[[0, 2]], c[::-1], c[1:3], 1 + 1j in c, 5j in c)
print(np.abs(c) > 1, c[np.abs(c) > 1])
print(np.iscomplexobj(c), np.isrealobj(c), np.iscomplexobj(x))

print("== formatting ==")
for v in (1 + 2j, -1.5 - 2.25j, 2j, np.complex128(0.1 + 0.2j)):
    print(f"{v}|{v:.2f}|{v:+.1e}|{v:>16.3g}|{v:^14}|{v!r}")
