# Rolling windows without loops: sliding_window_view for moving averages, rolling extremes and lag features.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

prices = np.array([10.0, 10.5, 10.2, 11.0, 11.4, 11.1, 12.0, 12.3, 11.8, 12.6, 13.1, 12.9])
windows = sliding_window_view(prices, 4)
print(windows.shape, windows.strides)
print(windows[:3])
print("moving average:", windows.mean(axis=1))
print("same as convolve:", np.allclose(windows.mean(axis=1), np.convolve(prices, np.ones(4) / 4, mode="valid")))
print("rolling max:", windows.max(axis=1), "rolling min:", np.min(windows, axis=-1))
print("rolling std:", np.round(windows.std(axis=1), 4))

print("== lag features for a forecasting model ==")
lags = sliding_window_view(prices, 3)[:-1]
target = prices[3:]
print(np.column_stack([lags, target]))
X = np.column_stack([np.ones(len(lags)), lags])
coef, *_ = np.linalg.lstsq(X, target, rcond=None)
print("coefficients:", np.round(coef, 6))

print("== 2-d windows: local means of an image ==")
image = np.arange(20.0).reshape(4, 5)
patches = sliding_window_view(image, (2, 2))
print(patches.shape)
print(patches.mean(axis=(-2, -1)))
print(np.lib.stride_tricks.sliding_window_view(image, 3, axis=0).shape)

print("== the windows are a view ==")
series = np.arange(6.0)
view = sliding_window_view(series, 3)
series[0] = 100.0
print(view[0], np.shares_memory(view, series), view.base is series)
try:
    view[0, 0] = 1.0
except ValueError as e:
    print("ValueError:", e)
try:
    view += 1
except ValueError as e:
    print("ValueError:", e)
editable = sliding_window_view(series, 2, writeable=True)
editable[1, 0] = -5.0
print(series)
print(view.copy()[:2])
