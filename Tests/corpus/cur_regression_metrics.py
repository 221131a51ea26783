# Regression metrics by hand (lists, then NumPy) checked against sklearn.metrics.
import math
import numpy as np
from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score

y_true = [3.0, -0.5, 2.0, 7.0, 4.2, 1.1]
y_pred = [2.5, 0.0, 2.1, 7.8, 3.9, 0.7]
n = len(y_true)
mse = sum((t - p) ** 2 for t, p in zip(y_true, y_pred)) / n
mae = sum(abs(t - p) for t, p in zip(y_true, y_pred)) / n
mean = sum(y_true) / n
ss_res = sum((t - p) ** 2 for t, p in zip(y_true, y_pred))
ss_tot = sum((t - mean) ** 2 for t in y_true)
print("lists:", mse, mae, math.sqrt(mse), 1 - ss_res / ss_tot)
yt, yp = np.array(y_true), np.array(y_pred)
err = yt - yp
print("numpy:", np.mean(err ** 2), np.mean(np.abs(err)), np.sqrt(np.mean(err ** 2)), 1 - np.sum(err ** 2) / np.sum((yt - yt.mean()) ** 2))
print("sklearn:", mean_squared_error(yt, yp), mean_absolute_error(yt, yp), r2_score(yt, yp))
print(f"MSE={mse:.4f} MAE={mae:.4f} RMSE={math.sqrt(mse):.4f}")
mape = np.mean(np.abs(err / yt)) * 100
print(round(float(mape), 3), np.round(err, 2), err.dtype, err.shape)
huber_delta = 0.5
abs_err = np.abs(err)
huber = np.where(abs_err <= huber_delta, 0.5 * err ** 2, huber_delta * (abs_err - 0.5 * huber_delta))
print(huber, huber.mean())
print(np.median(abs_err), np.percentile(abs_err, 90), np.max(abs_err), np.argmax(abs_err))
w = np.array([1, 1, 2, 2, 1, 3])
print(np.average(err ** 2, weights=w), mean_squared_error(yt, yp, sample_weight=w))
baseline = np.full_like(yt, yt.mean())
print(r2_score(yt, baseline), mean_squared_error(yt, baseline), np.var(yt))
