import numpy as np
print(np.float64(None), repr(np.float64(None)), np.float64(), np.float64("1.5"), np.float64(True))
class F:
    def __float__(self):
        return None
class G:
    def __float__(self):
        return 2.5
class H:
    def __index__(self):
        return 3
print(float(G()), float(H()))
for x in [F(), "abc", [1]]:
    try:
        float(x)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for x in [F(), "abc", [1]]:
    try:
        np.float64(x)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
