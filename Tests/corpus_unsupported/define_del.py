# expect: NotImplementedError: defining __del__ is not supported (Tessel does not run finalizers)
# at: line 4, column 1

class Resource:
    def __del__(self):
        print("closing")
r = Resource()
del r
