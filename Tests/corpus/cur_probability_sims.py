# Probability by simulation next to the exact answer: birthdays, Monte Carlo pi, dice sums, Monty Hall.
import math
import random
import numpy as np

def birthday_exact(n):
    p = 1.0
    for k in range(n):
        p *= (365 - k) / 365
    return 1 - p

random.seed(99)
for n in [10, 23, 40]:
    trials = 2000
    hits = sum(len(set(random.randrange(365) for _ in range(n))) < n for _ in range(trials))
    print(n, round(birthday_exact(n), 4), hits / trials)
np.random.seed(99)
pts = np.random.rand(100000, 2)
inside = (pts ** 2).sum(axis=1) <= 1
print(4 * inside.mean(), round(abs(4 * inside.mean() - math.pi), 4))
rolls = np.random.randint(1, 7, size=(50000, 2)).sum(axis=1)
counts = np.bincount(rolls, minlength=13)[2:]
exact = np.array([min(s - 1, 13 - s) for s in range(2, 13)]) / 36
print(np.round(counts / counts.sum(), 3), np.round(exact, 3))
wins_switch = wins_stay = 0
for _ in range(3000):
    car = random.randrange(3)
    pick = random.randrange(3)
    opened = next(d for d in range(3) if d != pick and d != car)
    switched = next(d for d in range(3) if d not in (pick, opened))
    wins_stay += pick == car
    wins_switch += switched == car
print(wins_stay / 3000, wins_switch / 3000)
print(math.comb(52, 5), round(4 / math.comb(52, 5), 10), round(1 - (5 / 6) ** 4, 6))
walk = np.cumsum(np.random.choice([-1, 1], size=1000))
print(walk[-1], walk.max(), walk.min(), int((walk == 0).sum()))
