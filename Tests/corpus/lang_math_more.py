import math

print(math.gcd(48, 18), math.lcm(4, 6), math.isqrt(99), math.factorial(20), math.comb(52, 5), math.perm(5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.5), math.fabs(-3), math.copysign(2, -0.0))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.exp(-1))
print(math.sqrt(2), math.pow(2, 0.5), 2 ** 0.5, math.hypot(3, 4), math.dist([0, 0], [1, 1]), math.cbrt(27))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.isfinite(1e308 * 10), math.isinf(float("inf")), math.isnan(float("nan")), math.isclose(1.0, 1.0 + 1e-10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 6)), math.inf > 10**300, -math.inf)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7.5 // 2, -7.5 % 2, divmod(17, 5), divmod(-17, 5))
print(2 ** 100, 2 ** 0.5, (-8) ** (1 / 3) if False else abs(-8) ** (1 / 3), 10 ** -2, 0 ** 0)
print(int(1e20), float(10**20), 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1), int("1" * 30) % 97)
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.lgamma(10), math.expm1(1e-5))
big = 3 ** 200
print(big % 1000007, len(str(big)), big.bit_length(), -big // 7 % 11, pow(3, 200, 10**9 + 7))
print(sum(1 / k ** 2 for k in range(1, 1000)), math.pi ** 2 / 6)
print(round(1.23456, 3), round(123.456, -1), round(2.675, 2), f"{2.675:.2f}", round(0.5), round(1.5))
