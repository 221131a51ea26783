# Integers: bit operations, bases, division rules, big numbers.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b, -(a // -b))
print(bin(10), oct(64), hex(255), hex(-255), int("ff", 16), int("0b101", 0), int("  42  "), int("1_000"))
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (1023).bit_count() if hasattr(int, "bit_count") else "")
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, -16 >> 2, 7 >> 1)
print(pow(2, 100), pow(3, 200, 1000), pow(2, -1), pow(-8, 1 / 3) if False else pow(7, 2))
print(2 ** 64, -(2 ** 63), (2 ** 64) // 3, (2 ** 64) % 7, 10 ** 30 // 7)
f = 1
for k in range(1, 31):
    f *= k
print("30! =", f, len(str(f)), f % 1000003)
print(abs(-5), round(7.5), round(8.5), round(-2.5), round(1234, -2), round(1250, -2))
print(int(3.99), int(-3.99), int(True), True + True, 3 * False)
print(max(3, 7, 1), min([4, 2, 8]), sum(range(101)), sum([1, 2, 3], 10))
print(isinstance(True, int), type(7 // 2).__name__, type(7 / 2).__name__)
print(format(1234567, ","), format(1234567, "_"), format(255, "08b"), format(255, "#x"), format(-42, "+d"))
print(f"{12345678:,d} {0.000123:e} {123:>6} {123:<6}| {5:03d}")
import math
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(7 == 7.0, hash(7) == hash(7.0), 2 ** 0.5, 10 % 3.5, -7 % 3.0)
n = 600851475143
factors = []
d = 2
while d * d <= n:
    while n % d == 0:
        factors.append(d)
        n //= d
    d += 1
if n > 1:
    factors.append(n)
print(factors)
