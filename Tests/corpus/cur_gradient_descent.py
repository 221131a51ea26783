# Gradient descent on f(x, y) = (x - 3)^2 + 10 (y + 1)^2 with momentum and a learning-rate schedule.
def f(x, y):
    return (x - 3) ** 2 + 10 * (y + 1) ** 2
def grad(x, y):
    return 2 * (x - 3), 20 * (y + 1)
x, y = 0.0, 0.0
vx = vy = 0.0
lr, beta = 0.04, 0.9
for step in range(60):
    gx, gy = grad(x, y)
    vx = beta * vx + gx
    vy = beta * vy + gy
    x -= lr * vx
    y -= lr * vy
    if step % 10 == 0:
        print(f"step {step:2d}: x={x:.5f} y={y:.5f} f={f(x, y):.6f}")
print(round(x, 6), round(y, 6), f(x, y) < 1e-3)
def adam(grad_fn, params, lr=0.1, b1=0.9, b2=0.999, eps=1e-8, steps=100):
    m = [0.0] * len(params)
    v = [0.0] * len(params)
    for t in range(1, steps + 1):
        g = grad_fn(*params)
        for i in range(len(params)):
            m[i] = b1 * m[i] + (1 - b1) * g[i]
            v[i] = b2 * v[i] + (1 - b2) * g[i] ** 2
            mhat = m[i] / (1 - b1 ** t)
            vhat = v[i] / (1 - b2 ** t)
            params[i] -= lr * mhat / (vhat ** 0.5 + eps)
    return params
p = adam(grad, [0.0, 0.0])
print([round(v, 4) for v in p], round(f(*p), 6))
