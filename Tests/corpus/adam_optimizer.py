# Adam on a quadratic, with parameters updated in place through aliases (the v1 bug: nothing trained).
import numpy as np


class Adam:
    def __init__(self, params, lr=0.1, beta1=0.9, beta2=0.999, eps=1e-8):
        self.params = params
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.t = 0

    def step(self, grads):
        self.t += 1
        for p, g, m, v in zip(self.params, grads, self.m, self.v):
            m *= self.beta1
            m += (1 - self.beta1) * g
            v *= self.beta2
            v += (1 - self.beta2) * g * g
            m_hat = m / (1 - self.beta1 ** self.t)
            v_hat = v / (1 - self.beta2 ** self.t)
            p -= self.lr * m_hat / (np.sqrt(v_hat) + self.eps)


target = np.array([3.0, -2.0, 0.5])
w = np.zeros(3)
b = np.array([1.0])
opt = Adam([w, b], lr=0.05)
losses = []
for step in range(300):
    grad_w = 2 * (w - target)
    grad_b = 2 * (b - 4.0)
    opt.step([grad_w, grad_b])
    loss = float(np.sum((w - target) ** 2) + np.sum((b - 4.0) ** 2))
    losses.append(loss)
print(np.round(w, 4), np.round(b, 4))
print(f"first loss {losses[0]:.4f}, last loss {losses[-1]:.6f}")
print(opt.params[0] is w, len(opt.m), opt.t)
