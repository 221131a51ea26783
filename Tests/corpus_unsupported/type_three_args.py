# expect: NotImplementedError: type() with three arguments (creating a class) is not supported
# at: line 3, column 5
C = type("C", (), {})
