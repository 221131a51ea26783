# Bitwise operators and shifts on ints of every size (Python's unbounded two's complement), bools, and the
# augmented forms; negative shift counts raise.

small = [0, 1, -1, 2, 7, -8, 255, 2**62, -(2**62), 2**63 - 1, -(2**63), 12345678901234]
for a in small:
    print(a, [(a << b, a >> b) for b in (0, 1, 3)], [(a << b, a >> b) for b in (64, 65, 100)])
    print([a & b for b in small][:5], [a | b for b in small][-3:], [a ^ b for b in small][3:6])

big = [2**70 + 12345, -(2**70) - 12345, -(2**64), 2**64 - 1, -(2**100) + 1, 3**50]
for a in big:
    print([a >> s for s in (0, 1, 3, 63, 64, 65, 70, 71, 200)])
    others = big + [-1, 0, 255, -256, 2**63 - 1, -(2**63)]
    print([a & b for b in others])
    print([a | b for b in others])
    print([a ^ b for b in others])
    print(~a, -a >> 1, a << 3, (a & 0xFFFF) | 1)

print(True & False, True | False, True ^ True, True & 3, 5 | False, type(True & True).__name__)
x = 1
for i in range(70):
    x <<= 1
    x |= 1
print(x, x >> 3, -x >> 65, x & 0xFF, x ^ -1)
for expr in ("1 << -1", "1 >> -1", "2**70 >> -3"):
    try:
        a, op, b = expr.split()
        base = 2**70 if a == "2**70" else int(a)
        print(base << int(b) if op == "<<" else base >> int(b))
    except ValueError as e:
        print("ValueError:", e)
y = 6
y &= 3
y ^= 15
print(y)
y >>= 1
y <<= 62
print(y, y | -y, y ^ (y - 1))
mask = 0
for bit in range(0, 80, 7):
    mask |= 1 << bit
print(mask, bin(mask), mask & -mask, (mask >> 7) & 0b1111111)
