# int(), float(), str(), bool() with one argument (the call's fast path) and their errors, as CPython words them.
class A:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __str__(self): return "A!"
    def __bool__(self): return False

print(int(A()), float(A()), str(A()), bool(A()), int("12"), float(" 1e3 "), str(3.0), bool([]), int(3.9))
for bad in ["x", 1.5j, None]:
    try:
        print(int(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        print(float(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int(True), float(False), str(None), bool(0.0), int(-0.5), float(10**20), str(b"ab"), int(2**70))
