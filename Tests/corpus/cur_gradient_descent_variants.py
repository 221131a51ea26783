# Gradient descent on a 2-D quadratic: plain, momentum, RMSProp and Adam written with plain floats, then compared.
import math

def loss(x, y):
    return 0.5 * (10 * x * x + y * y)

def grad(x, y):
    return 10 * x, y

def run(update, steps=100):
    x, y = 1.0, 1.0
    state = {}
    for t in range(1, steps + 1):
        gx, gy = grad(x, y)
        dx, dy = update(gx, gy, state, t)
        x, y = x - dx, y - dy
    return x, y, loss(x, y)

def sgd(gx, gy, s, t, lr=0.05):
    return lr * gx, lr * gy

def momentum(gx, gy, s, t, lr=0.05, beta=0.9):
    vx = beta * s.get("vx", 0.0) + gx
    vy = beta * s.get("vy", 0.0) + gy
    s["vx"], s["vy"] = vx, vy
    return lr * vx, lr * vy

def rmsprop(gx, gy, s, t, lr=0.05, rho=0.9, eps=1e-8):
    s["sx"] = rho * s.get("sx", 0.0) + (1 - rho) * gx * gx
    s["sy"] = rho * s.get("sy", 0.0) + (1 - rho) * gy * gy
    return lr * gx / (math.sqrt(s["sx"]) + eps), lr * gy / (math.sqrt(s["sy"]) + eps)

def adam(gx, gy, s, t, lr=0.1, b1=0.9, b2=0.999, eps=1e-8):
    out = []
    for k, g in (("x", gx), ("y", gy)):
        m = b1 * s.get("m" + k, 0.0) + (1 - b1) * g
        v = b2 * s.get("v" + k, 0.0) + (1 - b2) * g * g
        s["m" + k], s["v" + k] = m, v
        mh = m / (1 - b1 ** t)
        vh = v / (1 - b2 ** t)
        out.append(lr * mh / (math.sqrt(vh) + eps))
    return tuple(out)

for name, rule in [("sgd", sgd), ("momentum", momentum), ("rmsprop", rmsprop), ("adam", adam)]:
    x, y, l = run(rule)
    print(f"{name:>8}: x={x: .6e} y={y: .6e} loss={l:.3e}")
lrs = [0.01, 0.05, 0.15, 0.21]
for lr in lrs:
    x, y, l = run(lambda gx, gy, s, t: sgd(gx, gy, s, t, lr=lr), steps=50)
    print(lr, "diverged" if l > 1 else f"{l:.3e}")
def schedule(step, base=0.1, decay=0.5, every=10):
    return base * decay ** (step // every)
print([schedule(s) for s in range(0, 40, 10)], [round(0.1 * (1 + math.cos(math.pi * s / 20)) / 2, 5) for s in range(0, 21, 5)])
