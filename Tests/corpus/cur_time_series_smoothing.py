# Time-series basics: moving averages with convolve and cumsum, exponential smoothing, differencing, lags.
import numpy as np

np.random.seed(17)
t = np.arange(60)
series = 10 + 0.3 * t + 2 * np.sin(2 * np.pi * t / 12) + np.random.randn(60)
k = 5
ma_conv = np.convolve(series, np.ones(k) / k, mode="valid")
cs = np.cumsum(np.insert(series, 0, 0.0))
ma_cum = (cs[k:] - cs[:-k]) / k
print(len(ma_conv), np.allclose(ma_conv, ma_cum), np.round(ma_conv[:4], 4))
def ewma(x, alpha):
    out = np.empty_like(x)
    out[0] = x[0]
    for i in range(1, len(x)):
        out[i] = alpha * x[i] + (1 - alpha) * out[i - 1]
    return out
print(np.round(ewma(series, 0.3)[-3:], 4), np.round(ewma(series, 0.9)[-3:], 4))
d1 = np.diff(series)
d12 = series[12:] - series[:-12]
print(round(d1.mean(), 4), round(d12.mean(), 4), np.round(np.diff(series, n=2)[:3], 4))
def autocorr(x, lag):
    x = x - x.mean()
    return float(np.sum(x[lag:] * x[:-lag]) / np.sum(x * x))
print([round(autocorr(d1, lag), 4) for lag in (1, 6, 12)])
X = np.column_stack([series[2:-1], series[1:-2], series[:-3]])
y = series[3:]
Xb = np.c_[np.ones(len(X)), X]
coef = np.linalg.lstsq(Xb, y, rcond=None)[0]
print(np.round(coef, 4))
pred = Xb @ coef
print(round(float(np.sqrt(np.mean((y - pred) ** 2))), 4))
print(np.round(np.convolve([1, 2, 3], [0, 1, 0.5]), 3), np.convolve([1, 2, 3], [1, 1], mode="same"))
