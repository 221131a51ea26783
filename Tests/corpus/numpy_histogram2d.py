# np.histogram2d: histogramdd's cells (searchsorted on each axis's edges, the last edge closed), edges as
# linspace makes them, and density divided per axis then by the total.
import numpy as np

x = np.array([1.0, 2, 3, 4, 2.5])
y = np.array([1.0, 2, 2, 5, 3])
H, xe, ye = np.histogram2d(x, y, bins=2)
print(H, xe, ye)
print(np.histogram2d(x, y, bins=(2, 3))[0])
print(np.histogram2d(x, y, bins=[np.array([0, 2, 5]), 3])[0])
print(np.histogram2d(x, y, bins=2, range=[[0, 4], [1, 4]]))
print(np.histogram2d(x, y, bins=2, density=True)[0])
print(np.histogram2d([1, 2], [3, 4], bins=1))
print(np.histogram2d([], [], bins=2))
print(np.histogram2d(x, y, bins=[0, 1, 2, 3, 4, 5])[0])

rng = np.random.default_rng(8)
a = rng.normal(size=500)
b = 0.5 * a + rng.normal(size=500)
H, xe, ye = np.histogram2d(a, b, bins=(6, 4))
print(H, xe.round(6), ye.round(6), H.sum())
D, _, _ = np.histogram2d(a, b, bins=5, density=True)
print(D.round(8), (D * np.diff(xe[:2])[0]).shape)
print(np.histogram2d(a, b, bins=4, range=[[-1, 1], [-2, 2]])[0])

for args, kwargs in [(([1, 2, 3], [1, 2]), {}), (([1, np.nan], [1, 2]), {}), (([1, 2], [1, 2]), {"bins": 0})]:
    try:
        np.histogram2d(*args, **kwargs)
    except ValueError as e:
        print(e)
