# expect: NotImplementedError: open(): only reading text files (mode 'r') is supported
# at: line 3, column 6
with open("out.txt", "w") as f:
    f.write("x")
