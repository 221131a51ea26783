import numpy as np
np.random.seed(42)
x = np.random.rand(5)
print(x, np.random.randn(3), np.random.randint(0, 10, size=6), np.random.normal(5, 2, size=3), np.random.uniform(-1, 1, 2))
print(np.random.rand(2, 2), repr(np.random.randint(5)), np.random.random(3))
np.random.seed(0)
p = np.random.permutation(6)
print(p, np.random.permutation(np.array([10, 20, 30])))
items = [1, 2, 3, 4, 5]
np.random.shuffle(items)
print(items)
a = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])
print(np.std(a), np.var(a), np.std(a, ddof=1), np.argmax(a), np.argmin(a), repr(np.argmax(a)))
print(np.sort(a), np.argsort(a), np.unique(a), np.unique(np.array([3, 1, 3, 2])), np.cumsum(np.array([1, 2, 3])))
print(np.median(a), np.quantile(a, 0.9), np.percentile(a, 25), np.quantile(np.array([1, 2, 3, 4, 10]), 0.9))
print(np.where(a > 3), np.where(a > 3, a, 0), np.where(np.array([True, False]), 1, 2))
print(np.clip(a, 2, 5), np.clip(np.array([1, 5, 9]), 2, 6), np.round(np.array([1.2345, 2.5, 3.5]), 2), np.round(np.array([0.5, 1.5, 2.5])))
print(np.maximum(a, 4), np.minimum(np.array([1, 5]), np.array([3, 2])), np.allclose(a, a + 1e-9), np.allclose(a, a + 1))
b = np.array([[1.0, 2.0], [3.0, 4.0]])
print(np.concatenate([b, b]), np.vstack([np.array([1, 2]), np.array([3, 4])]), np.hstack([np.array([1, 2]), np.array([3])]))
print(np.stack([np.array([1, 2]), np.array([3, 4])]), np.column_stack([np.array([1, 2]), np.array([3, 4])]))
print(np.linalg.inv(b), np.linalg.det(b), np.linalg.solve(b, np.array([1.0, 2.0])), np.linalg.norm(np.array([3.0, 4.0])))
print(np.exp(np.array([0.0, 1.0])), np.log(np.array([1.0, np.e])), np.sqrt(16.0), np.abs(np.array([-1, 2])), np.square(np.array([1.5, -2.0])))
print(np.outer(np.array([1, 2]), np.array([3, 4])), np.prod(np.array([1, 2, 3, 4])), np.isnan(np.array([1.0, np.nan])))
print(np.std(b, axis=0), np.var(b, axis=1), np.argmax(b, axis=0), np.mean(b, axis=1), np.sum(b, axis=0))
errors = []
for bad in [lambda: np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]])), lambda: np.array([1, 2]) + np.array([1, 2, 3]), lambda: np.array([1.0])[3]]:
    try:
        bad()
    except Exception as e:
        errors.append(f"{type(e).__name__}: {e}")
print(errors)
