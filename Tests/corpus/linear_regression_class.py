# "Stop treating .fit() as magic": linear regression by the normal equations and by gradient descent,
# as a class with fit, predict and score, plus R^2 and residual checks by hand.
import numpy as np


class LinearRegression:
    def __init__(self, method="normal", lr=0.1, epochs=2000):
        self.method = method
        self.lr = lr
        self.epochs = epochs
        self.coef_ = None
        self.intercept_ = None

    def _design(self, X):
        return np.hstack([np.ones((X.shape[0], 1)), X])

    def fit(self, X, y):
        A = self._design(X)
        if self.method == "normal":
            theta = np.linalg.solve(A.T @ A, A.T @ y)
        else:
            theta = np.zeros(A.shape[1])
            for _ in range(self.epochs):
                theta -= self.lr * (2 / len(y)) * A.T @ (A @ theta - y)
        self.intercept_, self.coef_ = theta[0], theta[1:]
        return self

    def predict(self, X):
        return X @ self.coef_ + self.intercept_

    def score(self, X, y):
        residual = y - self.predict(X)
        return 1 - (residual @ residual) / ((y - y.mean()) @ (y - y.mean()))

    def __repr__(self):
        return f"LinearRegression(method={self.method!r})"


np.random.seed(42)
X = np.random.rand(100, 2)
y = 4 + 3 * X[:, 0] - 2 * X[:, 1] + 0.1 * np.random.randn(100)
exact = LinearRegression().fit(X, y)
descent = LinearRegression(method="gd").fit(X, y)
print(exact, round(exact.intercept_, 6), np.round(exact.coef_, 6))
print(descent, round(descent.intercept_, 4), np.round(descent.coef_, 4))
print(f"R^2 = {exact.score(X, y):.6f}")
print(np.allclose(exact.coef_, descent.coef_, atol=1e-3))
residuals = y - exact.predict(X)
print(round(float(residuals.mean()), 10), round(float(residuals @ X[:, 0]), 10))
