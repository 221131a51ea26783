# A small object-oriented simulation: accounts, transactions, exceptions, class and static methods, sorting.
import random

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.shortfall = amount - account.balance

class Account:
    _next_id = 1000
    fee = 0.5

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        total = amount + self.fee
        if total > self.balance:
            raise InsufficientFunds(self, total)
        self.balance -= total
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"<{type(self).__name__} #{self.id} {self.owner}: {self.balance:.2f}>"

class Savings(Account):
    fee = 0.0
    rate = 0.02

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("failed:", e, f"short {e.shortfall:.2f}")
        return False
    dst.deposit(amount)
    return True

random.seed(3)
a = Account("ana", 100)
b = Savings("bo", 50)
print(a, b)
print(transfer(a, b, 30), transfer(b, a, 500), a, b)
for _ in range(5):
    amt = random.randint(1, 40)
    src, dst = (a, b) if random.random() < 0.5 else (b, a)
    transfer(src, dst, amt)
print(a, b, b.add_interest(), b)
print(a.history[:3], len(a.history) + len(b.history))
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
accounts = [Account("cy", 10), Savings("di", 70), a, b]
print(sorted(accounts, key=lambda acc: acc.balance)[0].owner, max(accounts, key=lambda acc: acc.balance))
print(Account.fee, Savings.fee, b.fee, isinstance(b, Account), [type(x).__name__ for x in accounts])
print(sum(acc.balance for acc in accounts) == sum(map(lambda acc: acc.balance, accounts)))
