# expect: NotImplementedError: class keyword arguments ('metaclass=') are not supported
# at: line 4, column 19
import typing
class A(metaclass=type):
    pass
