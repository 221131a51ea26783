# The errors learners meet in NumPy, caught and printed: NumPy's exact messages.
import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.ones((3, 2))
attempts = [
    lambda: a + b,
    lambda: a @ a,
    lambda: a[2],
    lambda: a[0, 5],
    lambda: a.reshape(4, 2),
    lambda: np.zeros(3)[np.array([True, False])],
    lambda: np.linalg.inv(np.zeros((2, 2))),
    lambda: np.linalg.inv(np.ones((2, 3))),
    lambda: float(np.array([1.0, 2.0])),
    lambda: np.concatenate([np.ones(2), np.ones((2, 2))]),
    lambda: np.ones(3)[1.5],
    lambda: int(np.array([1, 2])),
    lambda: bool(np.array([1, 2])),
    lambda: np.arange(3).reshape(-1, -1),
    lambda: np.dot(np.ones(3), np.ones(4)),
]
for k, attempt in enumerate(attempts):
    try:
        result = attempt()
        print(k, "ok", result)
    except Exception as e:
        print(k, type(e).__name__ + ":", e)
x = np.ones(3)
try:
    x[3] = 1
except IndexError as e:
    print(e)
print(np.ones(2) / 0, -np.ones(2) / 0, np.zeros(1) / 0)
