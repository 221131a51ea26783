# Properties, class methods as alternative constructors, static helpers.
class Temperature:
    scale = "C"

    def __init__(self, celsius=0.0):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def is_freezing(c):
        return c <= 0

    def __repr__(self):
        return f"Temperature({self._celsius!r})"

t = Temperature(25)
print(t, t.celsius, t.fahrenheit, Temperature.is_freezing(t.celsius))
t.celsius = -10
print(t.fahrenheit, t.is_freezing(t.celsius))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
u = Temperature.from_fahrenheit(212)
print(u, type(u).__name__, Temperature.scale, u.scale)
Temperature.scale = "K"
print(t.scale, u.scale)
t.scale = "F"
print(t.scale, u.scale, Temperature.scale)

class Celsius(Temperature):
    @classmethod
    def from_fahrenheit(cls, f):
        obj = super().from_fahrenheit(f)
        obj.converted = True
        return obj

c = Celsius.from_fahrenheit(50)
print(c, type(c).__name__, c.converted, isinstance(c, Temperature))

class Account:
    _count = 0

    def __init__(self, owner):
        Account._count += 1
        self.owner = owner
        self.id = Account._count

    @classmethod
    def count(cls):
        return cls._count

a, b = Account("ana"), Account("bo")
print(a.id, b.id, Account.count(), a.count())
print(vars(a), hasattr(a, "owner"), getattr(a, "missing", "default"))
setattr(a, "balance", 10)
print(a.balance, sorted(vars(a)))
del a.balance
print(hasattr(a, "balance"))
print(type(Temperature.celsius).__name__, callable(Temperature.from_fahrenheit))
