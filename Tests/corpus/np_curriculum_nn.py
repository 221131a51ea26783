import numpy as np
def sigmoid(z):
    return 1 / (1 + np.exp(-z))
def softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()
class Dense:
    def __init__(self, w, b):
        self.w = w
        self.b = b
    def forward(self, x):
        self.x = x
        return x @ self.w + self.b
    def backward(self, grad, lr):
        gw = np.outer(self.x, grad)
        gx = self.w @ grad
        self.w -= lr * gw
        self.b -= lr * grad
        return gx
np.random.seed(3)
l1 = Dense(np.random.randn(2, 3) * 0.5, np.zeros(3))
l2 = Dense(np.random.randn(3, 1) * 0.5, np.zeros(1))
data = [(np.array([0.0, 0.0]), 0.0), (np.array([0.0, 1.0]), 1.0), (np.array([1.0, 0.0]), 1.0), (np.array([1.0, 1.0]), 0.0)]
for epoch in range(2000):
    loss = 0.0
    for x, t in data:
        h = sigmoid(l1.forward(x))
        out = sigmoid(l2.forward(h))
        loss += float((out[0] - t) ** 2)
        g = 2 * (out - t) * out * (1 - out)
        gh = l2.backward(g, 0.5)
        l1.backward(gh * h * (1 - h), 0.5)
    if epoch % 500 == 0:
        print(epoch, round(loss, 6))
preds = [round(float(sigmoid(l2.forward(sigmoid(l1.forward(x))))[0]), 3) for x, _ in data]
print(preds)
print(np.round(softmax(np.array([2.0, 1.0, 0.1])), 6), softmax(np.array([1000.0, 1000.0])))
print(np.round(sigmoid(np.linspace(-3, 3, 7)), 5))
