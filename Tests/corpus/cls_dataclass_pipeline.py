# Dataclasses for configs and records: defaults, field(default_factory), ordering, frozen, asdict, replace.
from dataclasses import dataclass, field, asdict, replace, astuple

@dataclass
class TrainConfig:
    lr: float = 0.01
    epochs: int = 10
    layers: list = field(default_factory=lambda: [64, 32])
    name: str = "baseline"

    def describe(self):
        return f"{self.name}: lr={self.lr} epochs={self.epochs} layers={self.layers}"

base = TrainConfig()
fast = replace(base, lr=0.1, name="fast")
print(base, fast, sep="\n")
print(base == TrainConfig(), base == fast, asdict(fast), astuple(base))
base.layers.append(16)
print(TrainConfig().layers, base.layers, fast.layers)
print(fast.describe())

@dataclass(order=True)
class Result:
    score: float
    model: str = field(compare=False)

results = [Result(0.81, "lr"), Result(0.93, "rf"), Result(0.87, "knn")]
print(sorted(results), max(results).model, Result(0.5, "a") < Result(0.6, "b"), Result(1, "x") == Result(1, "y"))

@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def dist(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

p, q = Point(0, 0), Point(3, 4)
print(p.dist(q), {p: "origin"}[Point(0, 0)], p == Point(0.0, 0.0))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)

@dataclass
class Experiment:
    config: TrainConfig
    metrics: dict = field(default_factory=dict)
    tags: tuple = ()

    def __post_init__(self):
        self.metrics.setdefault("runs", 0)

    def log(self, **kw):
        self.metrics.update(kw)
        self.metrics["runs"] += 1

e = Experiment(fast, tags=("a", "b"))
e.log(loss=0.25)
e.log(loss=0.2, acc=0.9)
print(e)
print(asdict(e)["config"]["lr"], e.metrics)
try:
    TrainConfig(1, 2, [3], "x", 5)
except TypeError as err:
    print("TypeError:", err)
