# int.to_bytes / int.from_bytes (both byte orders, signed, big ints, CPython's errors), bytes.decode in UTF-8
# and ASCII with CPython's UnicodeDecodeError messages, and bytes repetition.
for n, args, kw in [(1024, (2, "big"), {}), (1024, (2, "little"), {}), (0, (), {}), (255, (), {}), (-1, (2, "big"), {"signed": True}),
                    (-129, (2, "little"), {"signed": True}), (2**70, (9, "big"), {}), (127, (1,), {"signed": True}), (5, (0,), {})]:
    try:
        print(n, (n).to_bytes(*args, **kw))
    except (OverflowError, ValueError) as e:
        print(n, type(e).__name__, e)
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(2, "big"), lambda: (128).to_bytes(1, "big", signed=True),
            lambda: (1).to_bytes(2, "middle"), lambda: (1).to_bytes(-1)]:
    try:
        print(bad())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for data, order, signed in [(b"\x01\x00", "little", False), (b"\x01\x00", "big", False), (b"\xff\xff", "big", True), (b"", "big", False),
                            (bytes([0x80] + [0] * 9), "big", True), ([1, 2, 3], "big", False), (bytes(range(12)), "little", False)]:
    print(int.from_bytes(data, order, signed=signed))
print(int.from_bytes(b"\x00\x10"), bool.from_bytes(b"\x01", "big") if False else 0)
for data in [b"abc", "héllo €".encode(), b"\xff", b"ab\xc3", b"\xe2\x28\xa1", b"\xe2\x82", b"\xf0\x9f\x98\x80", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80"]:
    for enc in ["utf-8", "ascii"]:
        try:
            print(repr(data.decode(enc)))
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError", e)
print(b"caf\xc3\xa9".decode(), b"x".decode("UTF_8"), b"hi".decode(encoding="ascii"))
print(b"ab" * 3, 2 * b"xy", b"z" * 0, b"q" * -2, b"" * 5, bytes([0x80] + [0] * 3) == b"\x80" + b"\x00" * 3)
x = b"ab"
x *= 2
print(x, len(b"-" * 1000))
try:
    b"a" * 2.0
except TypeError as e:
    print(e)
try:
    b"a" * b"b"
except TypeError as e:
    print(e)
