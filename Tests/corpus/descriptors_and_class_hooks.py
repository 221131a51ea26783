# Descriptors (__get__/__set__/__delete__, __set_name__), property deleters, attribute hooks
# (__setattr__/__delattr__ with object's defaults), __init_subclass__ and __class_getitem__.


class Positive:
    """A validating data descriptor, as tutorials write it."""

    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)


class Account:
    balance = Positive()
    rate = Positive()

    def __init__(self, balance, rate):
        self.balance = balance
        self.rate = rate


a = Account(100, 0.5)
print(a.balance, a.rate, sorted(vars(a)))
a.balance = 250
print(a.balance)
try:
    a.rate = -1
except ValueError as e:
    print("ValueError:", e)
print(type(Account.balance).__name__, Account.balance.name)
del a.balance
print(hasattr(a, "_balance"))


class Constant:
    """A non-data descriptor: an instance attribute of the same name wins."""

    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return ("constant", self.value, objtype.__name__)


class Holder:
    c = Constant(7)


h = Holder()
print(h.c, Holder.c)
h.c = "own"
print(h.c, Holder.c)
del h.c
print(h.c)


class Lazy:
    """A non-data descriptor that caches its result in the instance (functools.cached_property's idea)."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        setattr(obj, self.name, value)
        return value


class Stats:
    def __init__(self, xs):
        self.xs = xs
        self.computed = 0

    @Lazy
    def mean(self):
        self.computed += 1
        return sum(self.xs) / len(self.xs)


s = Stats([1.0, 2.0, 6.0])
for _ in range(3):
    print(s.mean, s.computed)


class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class Thing:
    answer = ReadOnly()

    def __init__(self):
        self.values = []


t = Thing()
for k in range(3):
    try:
        t.answer = k
    except AttributeError as e:
        print("AttributeError:", e, t.answer)


class Temperature:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = float(v)

    @celsius.deleter
    def celsius(self):
        print("reset")
        self._c = 0.0


tc = Temperature()
tc.celsius = 21
print(tc.celsius)
del tc.celsius
print(tc.celsius)


class NoDeleter:
    @property
    def p(self):
        return 1


try:
    del NoDeleter().p
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __init__(self):
        self.log = []
        self.x = 1

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        super().__delattr__(name)


lg = Logged()
lg.y = 2
lg.x += 5
del lg.y
print(lg.log, lg.x, hasattr(lg, "y"))
try:
    del lg.zzz
except AttributeError as e:
    print("AttributeError:", e)


class Frozenish:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")


try:
    Frozenish().z = 1
except AttributeError as e:
    print("AttributeError:", e)


class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)


class CSV(Plugin):
    pass


class JSON(Plugin):
    pass


class PrettyJSON(JSON):
    pass


print(Plugin.registry)


class Counted:
    @classmethod
    def __init_subclass__(cls):
        cls.created = 0


class Widget(Counted):
    def __init__(self):
        type(self).created += 1


Widget()
Widget()
print(Widget.created, hasattr(Counted, "created"))


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Box[int], Box[str])
try:
    Account[int]
except TypeError as e:
    print("TypeError:", e)
