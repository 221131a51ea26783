# expect: NotImplementedError: random.seed() with a str is not supported (use an int)
# at: line 4, column 1
import random
random.seed("abc")
