# Sums and means of strided views, printed to the last digit: NumPy walks a view it cannot take as one run in memory
# order, through an 8192-element buffer of whole inner rows, adding each buffer's pairwise sum.
import numpy as np
rng = np.random.default_rng(0)
X = rng.normal(size=(3000, 7))
Y = rng.normal(size=(3, 20000))
Z = rng.normal(size=(50, 40, 3))
for V in [X[:, :3], X[::2], X[:, ::2], X[1:, 1:], X.T[::2], Y[:, ::2], Z[:, ::2, :], X[:, 1], X[:100, :3], X.T, X]:
    print(V.shape, repr(np.sum(V)), repr(np.mean(V)), repr(V.sum()), repr(V.mean()))
W = rng.normal(size=(5000, 6))
for V in [W[:, ::2], W[::3, ::2], W[:, 1::2], W.T[::2, ::3], rng.normal(size=(40, 30, 20))[:, ::3, 1:]]:
    print(V.shape, repr(np.sum(V)), repr(np.mean(V)))
for V in [X, X.T, X[:, :3], X[::2], W.T[::2, ::3], W[:, ::2]]:
    print(V.shape, repr(np.var(V)), repr(np.std(V)), repr(V.var()), repr(np.var(V, axis=0)[:2]), repr(np.std(V, ddof=1)))
