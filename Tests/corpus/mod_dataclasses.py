from dataclasses import dataclass, field, asdict, astuple, fields, replace
@dataclass
class Point:
    x: float
    y: float = 0.0
p = Point(1.5)
print(p, p == Point(1.5, 0.0), p != Point(2), asdict(p), astuple(p), [f.name for f in fields(p)])
@dataclass
class Model:
    name: str
    weights: list = field(default_factory=list)
    lr: float = 0.01
    def step(self, grads):
        self.weights = [w - self.lr * g for w, g in zip(self.weights, grads)]
        return self
m = Model("lin", [1.0, 2.0])
m.step([10.0, -10.0])
print(m, Model("empty"), Model("e").weights is not Model("e").weights)
print(replace(m, name="copy"), m.name)
@dataclass(frozen=True)
class Config:
    epochs: int
    batch: int = 32
c = Config(10)
try:
    c.epochs = 5
except Exception as e:
    print(type(e).__name__, e)
print(c, hash(c) == hash(Config(10)), {c: "ok"}[Config(10, 32)])
@dataclass(order=True)
class Version:
    major: int
    minor: int
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1, 0) < Version(1, 1))
@dataclass
class WithPost:
    a: int
    b: int
    total: int = 0
    def __post_init__(self):
        self.total = self.a + self.b
print(WithPost(2, 3))
try:
    Point()
except TypeError as e:
    print(e)
@dataclass
class Child(Point):
    z: float = 1.0
print(Child(1, 2, 3), Child(0))
