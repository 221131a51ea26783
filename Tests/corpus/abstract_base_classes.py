# abc.ABC and abstractmethod: instantiation errors, __abstractmethods__, abstract properties and static methods;
# functools.wraps keeps the wrapped function (__wrapped__) and its attributes.
from abc import ABC, abstractmethod
import abc

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class FullSquare(Square):
    def perimeter(self):
        return 4 * self.s

for cls in (Shape, Square, FullSquare):
    try:
        x = cls(2)
        print(x.describe(), x.perimeter())
    except TypeError as e:
        print("TypeError:", e)
print(Shape.area.__isabstractmethod__, sorted(Shape.__abstractmethods__), sorted(FullSquare.__abstractmethods__))
print(isinstance(FullSquare(1), Shape), issubclass(Square, ABC))

class Model(abc.ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @staticmethod
    @abstractmethod
    def make():
        ...
try:
    Model()
except TypeError as e:
    print("TypeError:", e)
class Plain(ABC):
    def f(self):
        return 1
print(Plain().f())

import functools


def tagged(f):
    f.tag = "math"
    return f


def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        print("calling", f.__name__, args)
        return f(*args, **kwargs)
    return wrapper


@logged
@tagged
def scale(x, k=2):
    "Scales x by k."
    return x * k


print(scale(3), scale.__name__, scale.__doc__, scale.tag, scale.__wrapped__(5), scale.__wrapped__ is not scale)


class Base(ABC):
    @abstractmethod
    def fit(self, X, y):
        ...

    @abstractmethod
    def predict(self, X):
        ...

    def fit_predict(self, X, y):
        return self.fit(X, y).predict(X)


class MeanModel(Base):
    def fit(self, X, y):
        self.mean = sum(y) / len(y)
        return self

    def predict(self, X):
        return [self.mean for _ in X]


print(MeanModel().fit_predict([1, 2, 3], [2.0, 4.0, 9.0]))
MeanModel.predict = abc.abstractmethod(lambda self, X: X)
print(sorted(MeanModel.__abstractmethods__), MeanModel().predict([1]))
