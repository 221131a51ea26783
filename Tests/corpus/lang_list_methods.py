# List methods and slice assignment.
xs = [5, 3, 8, 1, 9, 2]
ys = xs
xs.sort()
print(xs, ys, xs is ys)
xs.sort(reverse=True)
print(xs, sorted(xs), xs)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
xs = [1, 2, 3, 2, 1]
print(xs.index(2), xs.index(2, 2), xs.count(1), xs.count(7))
xs.insert(0, 0)
xs.insert(-1, 99)
xs.insert(100, 100)
print(xs)
xs.remove(2)
print(xs, xs.pop(), xs.pop(0), xs)
xs.extend(range(3))
xs += "ab"
print(xs)
xs[1:3] = [7, 7, 7, 7]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
del xs[1::3]
print(xs)
xs[2:2] = ["ins"]
print(xs)
xs.reverse()
print(xs, xs[::-1], xs.copy() == xs, xs.copy() is xs)
xs.clear()
print(xs, ys)
grid = [[0] * 3 for _ in range(3)]
bad = [[0] * 3] * 3
grid[0][0] = 1
bad[0][0] = 1
print(grid, bad)
print([1, 2] + [3], [0] * 4, [1, 2] * 2, [[1, 2], [3]] == [[1, 2], [3]], [1, 2] < [1, 3], [2] > [1, 9])
print(list(reversed([1, 2, 3])), list(map(abs, [-1, -2])), max([[1, 2], [1, 3]]), min("hello"))
stack = []
for ch in "abc":
    stack.append(ch)
print(stack.pop(), stack)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].index(5)
except ValueError as e:
    print("ValueError:", e)
