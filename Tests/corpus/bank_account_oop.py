# Classes as interview questions write them: an account hierarchy with properties, class attributes,
# __str__ vs __repr__, exceptions of our own, classmethods as constructors and isinstance checks.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    interest = 0.01
    _count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account._count += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @classmethod
    def from_string(cls, text):
        owner, amount = text.split(":")
        return cls(owner, int(amount))

    @staticmethod
    def fee(amount):
        return max(1, amount // 100)

    def withdraw(self, amount):
        total = amount + self.fee(amount)
        if total > self._balance:
            raise InsufficientFunds(total, self._balance)
        self._balance -= total
        self.history.append(-total)
        return self

    def __str__(self):
        return f"{self.owner}: {self._balance}"

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"


class Savings(Account):
    interest = 0.03

    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
        return self


a = Account.from_string("ada:500")
s = Savings("bob", 1000)
print(a, repr(a), s, [a, s])
a.withdraw(120).withdraw(50)
print(a.balance, a.history, Account.fee(250), Account._count)
try:
    a.withdraw(10_000)
except InsufficientFunds as e:
    print("refused:", e, e.needed, e.available, isinstance(e, Exception))
try:
    a.balance = -5
except ValueError as e:
    print(type(e).__name__, e)
print(s.add_interest(), s.interest, Account.interest, isinstance(s, Account), issubclass(Savings, Account))
print(type(s).__mro__[1].__name__, hasattr(s, "add_interest"), hasattr(a, "add_interest"), getattr(a, "owner"))
print(sorted([s, a], key=lambda acc: acc.balance))
