# Streaming mean and variance (Welford), checked against NumPy's two-pass results.
import numpy as np


class RunningStats:
    def __init__(self):
        self.n = 0
        self.mean = 0.0
        self.m2 = 0.0

    def push(self, x):
        self.n += 1
        delta = x - self.mean
        self.mean += delta / self.n
        self.m2 += delta * (x - self.mean)

    @property
    def variance(self):
        return self.m2 / (self.n - 1) if self.n > 1 else float("nan")

    def __repr__(self):
        return f"RunningStats(n={self.n}, mean={self.mean:.6f}, var={self.variance:.6f})"


np.random.seed(8)
data = np.random.randn(1000) * 3 + 10
rs = RunningStats()
for x in data:
    rs.push(x)
print(rs)
print(abs(rs.mean - data.mean()) < 1e-12, abs(rs.variance - data.var(ddof=1)) < 1e-9)
window = 50
moving = [float(np.mean(data[i - window:i])) for i in range(window, len(data) + 1, 190)]
print([round(m, 4) for m in moving])
ema = 0.0
for k, x in enumerate(data[:200]):
    ema = x if k == 0 else 0.9 * ema + 0.1 * x
print(round(ema, 6))
