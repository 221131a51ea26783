# np.cov and np.corrcoef to the last bit: NumPy scales the centred product by 1/(n - ddof) (a multiplication), which
# differs from dividing by n - ddof in the last digit for some data.
import numpy as np

rng = np.random.default_rng(1)
for n in [3, 7, 10, 29, 100, 3, 7, 11, 13]:
    x = rng.normal(size=n)
    y = rng.normal(size=n)
    print(np.cov(x, y).tolist(), np.cov(x, y, bias=True).tolist(), np.corrcoef(x, y).tolist())
    print(np.cov(np.stack([x, y, x * y])).tolist(), np.cov(x, y, ddof=2).tolist())
