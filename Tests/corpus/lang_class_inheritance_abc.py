# An estimator hierarchy in the scikit-learn style: base classes, super(), overriding, NotImplementedError.
class BaseEstimator:
    def get_params(self):
        return {k: v for k, v in vars(self).items() if not k.endswith("_")}

    def set_params(self, **params):
        for k, v in params.items():
            if k not in self.get_params():
                raise ValueError(f"Invalid parameter {k!r} for estimator {type(self).__name__}")
            setattr(self, k, v)
        return self

    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
        return f"{type(self).__name__}({args})"

class RegressorMixin:
    def score(self, X, y):
        pred = self.predict(X)
        mean = sum(y) / len(y)
        ss_res = sum((a - b) ** 2 for a, b in zip(y, pred))
        ss_tot = sum((a - mean) ** 2 for a in y)
        return 1 - ss_res / ss_tot

class MeanRegressor(BaseEstimator, RegressorMixin):
    def __init__(self, shrink=0.0):
        self.shrink = shrink

    def fit(self, X, y):
        self.mean_ = sum(y) / len(y) * (1 - self.shrink)
        return self

    def predict(self, X):
        if not hasattr(self, "mean_"):
            raise RuntimeError("call fit first")
        return [self.mean_ for _ in X]

class LinearRegression1D(MeanRegressor):
    def __init__(self, fit_intercept=True):
        super().__init__(shrink=0.0)
        self.fit_intercept = fit_intercept

    def fit(self, X, y):
        n = len(X)
        mx = sum(X) / n if self.fit_intercept else 0.0
        my = sum(y) / n if self.fit_intercept else 0.0
        self.coef_ = sum((a - mx) * (b - my) for a, b in zip(X, y)) / sum((a - mx) ** 2 for a in X)
        self.intercept_ = my - self.coef_ * mx
        return self

    def predict(self, X):
        return [self.coef_ * a + self.intercept_ for a in X]

X = [1.0, 2.0, 3.0, 4.0, 5.0]
y = [2.1, 3.9, 6.2, 7.8, 10.1]
for est in [MeanRegressor(), MeanRegressor(shrink=0.5), LinearRegression1D(), LinearRegression1D(fit_intercept=False)]:
    est.fit(X, y)
    print(est, round(est.score(X, y), 4), [round(p, 3) for p in est.predict([6.0])])
lr = LinearRegression1D()
print(lr.get_params(), lr.set_params(fit_intercept=False))
try:
    lr.set_params(alpha=1)
except ValueError as e:
    print("ValueError:", e)
try:
    MeanRegressor().predict([1])
except RuntimeError as e:
    print("RuntimeError:", e)
print([c.__name__ for c in LinearRegression1D.__mro__])
print(isinstance(lr, RegressorMixin), issubclass(LinearRegression1D, BaseEstimator), type(lr) is MeanRegressor)

class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class Blob(Shape):
    pass

for sh in [Square(3), Blob()]:
    try:
        print(type(sh).__name__, sh.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(Square.area is Shape.area, Square(2).area.__name__)
