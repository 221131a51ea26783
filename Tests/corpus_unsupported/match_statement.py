# expect: NotImplementedError: the 'match' statement is not supported
# at: line 5, column 1
x = 3
print("before")
match x:
    case 3:
        print("three")
