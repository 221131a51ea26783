class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __lt__(self, other):
        return self.area() < other.area()
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(2), Circle(1)]
for s in shapes:
    print(s, s.describe(), isinstance(s, Rect), isinstance(s, Shape))
print(sorted(shapes), max(shapes), Shape.count, Square.__mro__)
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Base:
    @classmethod
    def create(cls, *args):
        return cls(*args)
    @staticmethod
    def helper(x):
        return x * 2
class Derived(Base):
    def __init__(self, v=0):
        self.v = v
print(type(Derived.create(5)).__name__, Derived.create(7).v, Derived.helper(21), Base.helper(1))
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance += amount
        return self
class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self._balance *= 1 + self.interest
acct = Savings("ann", 100)
acct.deposit(50).add_interest()
print(acct.owner, round(acct.balance, 2), acct.interest, Account.interest)
try:
    acct.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    acct.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
print(hasattr(acct, "deposit"), callable(acct.deposit), type(acct.deposit).__name__)
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def total(self):
        return self.value + sum(c.total() for c in self.children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree.total(), tree.depth())
