from typing import List, Dict, Optional, Tuple, Union, Callable, Any
from dataclasses import dataclass, field


def mean(xs: List[float]) -> float:
    return sum(xs) / len(xs)


def lookup(table: Dict[str, int], key: str, default: Optional[int] = None) -> Optional[int]:
    return table.get(key, default)


def apply(f: Callable[[int], int], values: Tuple[int, ...]) -> List[int]:
    return [f(v) for v in values]


def describe(x: Union[int, str]) -> str:
    return f"{type(x).__name__}:{x}"


count: int = 0
names: list[str] = ["a", "b"]
ratio: float
print(mean([1.0, 2.0, 4.5]), lookup({"a": 1}, "a"), lookup({}, "z"), lookup({}, "z", -1))
print(apply(lambda v: v * v, (1, 2, 3)), describe(5), describe("x"), count, names)


@dataclass
class Config:
    name: str
    layers: List[int] = field(default_factory=lambda: [64, 32])
    rate: float = 0.01
    extra: Dict[str, Any] = field(default_factory=dict)

    def total_units(self) -> int:
        return sum(self.layers)


c = Config("mlp")
print(c, c.total_units())
d = Config("cnn", [8, 16, 32], rate=0.1, extra={"dropout": 0.5})
print(d.layers, d.rate, d.extra, c == Config("mlp"), c == d)


class Model:
    weights: List[float]

    def __init__(self, n: int) -> None:
        self.weights = [0.0] * n

    def predict(self, x: List[float]) -> float:
        return sum(w * xi for w, xi in zip(self.weights, x))


m = Model(3)
m.weights[1] = 2.0
print(m.predict([1.0, 3.0, 5.0]))
