import numpy as np
np.random.seed(3)
for n in (2, 3, 5):
    A = np.random.randn(n, n)
    print(np.linalg.inv(A).tolist())
    print(np.linalg.svd(A, compute_uv=False).tolist())
    u, s, vh = np.linalg.svd(A)
    print(np.abs(u).tolist(), np.abs(vh).tolist())
    B = np.random.randn(n, n + 2)
    print(np.linalg.svd(B, compute_uv=False).tolist(), np.linalg.pinv(B).tolist())
    print(np.linalg.solve(A, np.arange(n * 1.0)).tolist(), np.linalg.cond(A), np.linalg.matrix_rank(B))
    print(np.linalg.lstsq(B.T, np.arange(n + 2.0), rcond=None)[0].tolist())
