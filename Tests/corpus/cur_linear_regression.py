# Linear regression without libraries: closed form for one feature, gradient descent for two.
class LinearRegression:
    def __init__(self, lr=0.01, epochs=1000):
        self.lr = lr
        self.epochs = epochs
        self.w = None
        self.b = 0.0
        self.history = []

    def fit(self, X, y):
        n, d = len(X), len(X[0])
        self.w = [0.0] * d
        for epoch in range(self.epochs):
            preds = self.predict(X)
            errs = [p - t for p, t in zip(preds, y)]
            for j in range(d):
                self.w[j] -= self.lr * 2 * sum(e * row[j] for e, row in zip(errs, X)) / n
            self.b -= self.lr * 2 * sum(errs) / n
            if epoch % 250 == 0:
                self.history.append(sum(e * e for e in errs) / n)
        return self

    def predict(self, X):
        return [sum(wj * xj for wj, xj in zip(self.w, row)) + self.b for row in X]

    def __repr__(self):
        return f"LinearRegression(w={[round(v, 4) for v in self.w]}, b={self.b:.4f})"
X = [[1.0, 2.0], [2.0, 1.0], [3.0, 4.0], [4.0, 3.0], [5.0, 5.0]]
y = [3 * a - 2 * b + 1 for a, b in X]
model = LinearRegression(lr=0.02, epochs=2000).fit(X, y)
print(model, [round(h, 6) for h in model.history])
print([round(p, 3) for p in model.predict([[6.0, 1.0], [0.0, 0.0]])])
xs = [1, 2, 3, 4, 5, 6]
ys = [1.1, 1.9, 3.2, 3.9, 5.1, 6.2]
mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
intercept = my - slope * mx
print(slope, intercept, round(slope, 6), round(intercept, 6))
