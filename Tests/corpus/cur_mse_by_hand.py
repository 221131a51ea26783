# MSE, MAE, RMSE and R^2 computed by hand, the way a first ML-math lesson writes them.
y_true = [3.0, -0.5, 2.0, 7.0, 4.2]
y_pred = [2.5, 0.0, 2.1, 7.8, 3.9]
n = len(y_true)
errors = [t - p for t, p in zip(y_true, y_pred)]
mse = sum(e ** 2 for e in errors) / n
mae = sum(abs(e) for e in errors) / n
rmse = mse ** 0.5
mean_y = sum(y_true) / n
ss_tot = sum((t - mean_y) ** 2 for t in y_true)
ss_res = sum(e * e for e in errors)
r2 = 1 - ss_res / ss_tot
print("errors:", errors)
print(f"MSE={mse:.6f} MAE={mae:.6f} RMSE={rmse:.6f} R2={r2:.6f}")
print(mse, mae, rmse, r2)
def huber(e, delta=1.0):
    return 0.5 * e * e if abs(e) <= delta else delta * (abs(e) - 0.5 * delta)
print([round(huber(e), 4) for e in errors], sum(huber(e) for e in errors) / n)
def mse_grad(w, b, xs, ys):
    gw = sum(2 * (w * x + b - y) * x for x, y in zip(xs, ys)) / len(xs)
    gb = sum(2 * (w * x + b - y) for x, y in zip(xs, ys)) / len(xs)
    return gw, gb
xs = [1.0, 2.0, 3.0, 4.0]
ys = [2.0, 4.1, 6.0, 8.2]
w, b = 0.0, 0.0
for epoch in range(200):
    gw, gb = mse_grad(w, b, xs, ys)
    w -= 0.05 * gw
    b -= 0.05 * gb
    if epoch % 50 == 0:
        loss = sum((w * x + b - y) ** 2 for x, y in zip(xs, ys)) / len(xs)
        print(epoch, round(w, 5), round(b, 5), round(loss, 6))
print("final", round(w, 6), round(b, 6))
