# MSE by hand the way tutorials write it: lists and loops, then comprehensions, then NumPy, with gradients.
y = [3.0, 5.0, 7.5, 9.0, 11.2]
x = [1.0, 2.0, 3.0, 4.0, 5.0]
w, b = 1.5, 1.0
total = 0.0
for xi, yi in zip(x, y):
    pred = w * xi + b
    total += (pred - yi) ** 2
mse = total / len(x)
print("loop:", mse)
mse2 = sum((w * xi + b - yi) ** 2 for xi, yi in zip(x, y)) / len(x)
print("comprehension:", mse2, mse == mse2)
dw = sum(2 * (w * xi + b - yi) * xi for xi, yi in zip(x, y)) / len(x)
db = sum(2 * (w * xi + b - yi) for xi, yi in zip(x, y)) / len(x)
print("gradients:", dw, db)
for step in range(500):
    dw = sum(2 * (w * xi + b - yi) * xi for xi, yi in zip(x, y)) / len(x)
    db = sum(2 * (w * xi + b - yi) for xi, yi in zip(x, y)) / len(x)
    w -= 0.02 * dw
    b -= 0.02 * db
    if step % 100 == 0:
        loss = sum((w * xi + b - yi) ** 2 for xi, yi in zip(x, y)) / len(x)
        print(step, round(w, 6), round(b, 6), round(loss, 6))
import numpy as np
X, Y = np.array(x), np.array(y)
print("numpy:", np.mean((w * X + b - Y) ** 2), ((w * X + b - Y) ** 2).mean())
A = np.vstack([X, np.ones_like(X)]).T
sol = np.linalg.lstsq(A, Y, rcond=None)[0]
print("closed form:", np.round(sol, 6), round(w, 4), round(b, 4))
