# Logistic regression by gradient descent, as a class with fit/predict_proba, and log-loss by hand.
import math

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


class LogisticRegression:
    def __init__(self, lr=0.5, epochs=500):
        self.lr = lr
        self.epochs = epochs
        self.w = None
        self.b = 0.0
        self.history = []

    def fit(self, X, y):
        n, d = X.shape
        self.w = np.zeros(d)
        for epoch in range(self.epochs):
            p = sigmoid(X @ self.w + self.b)
            self.w -= self.lr * (X.T @ (p - y)) / n
            self.b -= self.lr * float(np.mean(p - y))
            if epoch % 100 == 0:
                self.history.append(self.loss(X, y))
        return self

    def predict_proba(self, X):
        return sigmoid(X @ self.w + self.b)

    def loss(self, X, y):
        p = np.clip(self.predict_proba(X), 1e-15, 1 - 1e-15)
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


np.random.seed(0)
X = np.random.randn(200, 2)
y = (X[:, 0] + 0.5 * X[:, 1] + 0.3 * np.random.randn(200) > 0).astype(float)
model = LogisticRegression().fit(X, y)
print(np.round(model.w, 4), round(model.b, 4))
print([round(h, 4) for h in model.history])
accuracy = np.mean((model.predict_proba(X) > 0.5) == (y == 1))
print(f"accuracy {accuracy:.3f}")
p = model.predict_proba(X[:3])
print(np.round(p, 4), [round(-math.log(q), 4) for q in p])
