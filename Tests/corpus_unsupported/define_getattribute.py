# expect: NotImplementedError: defining __getattribute__ is not supported (define __getattr__, which Tessel runs)
# at: line 5, column 1
print("before")

class Proxy:
    def __getattribute__(self, name):
        return 42
print(Proxy().x)
