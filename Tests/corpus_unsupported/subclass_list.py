# expect: NotImplementedError: subclassing the built-in type 'list' is not supported
# at: line 3, column 1
class Stack(list):
    pass
s = Stack()
