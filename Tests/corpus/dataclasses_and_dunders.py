# Dataclasses and dunder methods the way ML code uses them: a Vector with operators, ordering,
# a frozen config, a dataclass with defaults and field(default_factory=...), sorting records.
from dataclasses import dataclass, field, asdict
import math


class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.xs, other.xs)])

    def __sub__(self, other):
        return self + (-1) * other

    def __rmul__(self, k):
        return Vector(*[k * a for a in self.xs])

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __abs__(self):
        return math.sqrt(self @ self)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs

    def __repr__(self):
        return f"Vector({', '.join(map(str, self.xs))})"


u, v = Vector(1, 2, 3), Vector(4, 5, 6)
print(u + v, v - u, 2 * u, u @ v, round(abs(u), 6), len(u), u[1], u[-1], u == Vector(1, 2, 3), u != v)
print(list(u), 3 in u, [x * 2 for x in v])


@dataclass(frozen=True)
class Config:
    lr: float = 0.01
    epochs: int = 10
    layers: tuple = (64, 32)


@dataclass(order=True)
class Run:
    score: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)


cfg = Config(epochs=5)
print(cfg, cfg == Config(0.01, 5), hash(cfg) == hash(Config(epochs=5)))
try:
    cfg.lr = 1.0
except Exception as e:
    print(type(e).__name__, e)
runs = [Run(0.91, "b"), Run(0.87, "a", ["baseline"]), Run(0.95, "c")]
runs[0].tags.append("tuned")
print(sorted(runs)[0], max(runs).name, asdict(runs[1]))
print([r.name for r in sorted(runs, key=lambda r: -r.score)], runs[2].tags, runs[0].tags)
