class Config:
    defaults = {"lr": 0.01, "epochs": 10}
    instances = 0
    def __init__(self, **overrides):
        self.settings = dict(self.defaults)
        self.settings.update(overrides)
        Config.instances += 1
        self.id = Config.instances
    def __getitem__(self, k):
        return self.settings[k]
    def __repr__(self):
        return f"Config#{self.id}({self.settings})"
a = Config()
b = Config(lr=0.1)
print(a, b, a["lr"], b["epochs"], Config.instances, a.instances, type(a).instances)
a.instances = 99
print(a.instances, b.instances, Config.instances)
Config.version = 2
print(a.version, hasattr(b, "version"), "version" in vars(Config) if False else True)
class Counter:
    count = 0
    def increment(self):
        self.count += 1
        return self.count
c1, c2 = Counter(), Counter()
print(c1.increment(), c1.increment(), c2.increment(), Counter.count, vars(c1))
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)
class Meta:
    def method(self):
        return "instance"
    @classmethod
    def cmethod(cls):
        return cls.__name__
    @staticmethod
    def smethod():
        return "static"
m = Meta()
print(m.method(), m.cmethod(), m.smethod(), Meta.cmethod(), Meta.smethod(), Meta.method(m))
bound = m.method
print(bound(), bound.__name__, type(bound).__name__)
class Child(Meta):
    pass
print(Child.cmethod(), Child().cmethod(), issubclass(Child, Meta), Child.__bases__[0].__name__)
print(Meta.__name__, Meta.__qualname__, Meta.__module__, type(Meta).__name__, isinstance(Meta, type))
class WithDoc:
    """Documented class."""
    def f(self):
        """Documented method."""
print(WithDoc.__doc__, WithDoc.f.__doc__, WithDoc().f.__doc__)
