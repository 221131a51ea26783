# Logistic regression by hand: sigmoid, log-loss, gradient steps, accuracy, and a confusion matrix.
import math
def sigmoid(z):
    return 1 / (1 + math.exp(-z))
X = [[0.5, 1.0], [1.5, 2.0], [3.0, 0.5], [2.0, 3.5], [4.0, 4.0], [0.2, 0.1], [3.5, 2.5], [1.0, 0.5]]
y = [0, 0, 1, 0, 1, 0, 1, 0]
w = [0.0, 0.0]
b = 0.0
lr = 0.5
for epoch in range(300):
    gw = [0.0, 0.0]
    gb = 0.0
    loss = 0.0
    for xi, yi in zip(X, y):
        p = sigmoid(sum(a * c for a, c in zip(w, xi)) + b)
        loss -= yi * math.log(p + 1e-12) + (1 - yi) * math.log(1 - p + 1e-12)
        for j in range(2):
            gw[j] += (p - yi) * xi[j]
        gb += p - yi
    w = [wj - lr * g / len(X) for wj, g in zip(w, gw)]
    b -= lr * gb / len(X)
    if epoch % 100 == 0:
        print(epoch, round(loss / len(X), 6))
probs = [sigmoid(sum(a * c for a, c in zip(w, xi)) + b) for xi in X]
preds = [1 if p >= 0.5 else 0 for p in probs]
tp = sum(1 for p, t in zip(preds, y) if p == t == 1)
tn = sum(1 for p, t in zip(preds, y) if p == t == 0)
fp = sum(1 for p, t in zip(preds, y) if p == 1 and t == 0)
fn = sum(1 for p, t in zip(preds, y) if p == 0 and t == 1)
print("weights", [round(v, 4) for v in w], round(b, 4))
print("accuracy", (tp + tn) / len(y), "confusion", [[tn, fp], [fn, tp]])
precision = tp / (tp + fp) if tp + fp else 0.0
recall = tp / (tp + fn) if tp + fn else 0.0
f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
print(f"precision={precision:.3f} recall={recall:.3f} f1={f1:.3f}")
