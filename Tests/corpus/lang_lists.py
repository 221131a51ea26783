a = [3, 1, 2]
b = a
b.append(4)
print(a, b, a is b)
c = a[:]
c.append(5)
print(a, c)
a.sort()
print(a, sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a"]), sorted("hello"))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([3, 1, 2], key=lambda v: -v))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=str.lower), sorted(words, key=len), max(words, key=len))
a.insert(0, 0)
a.insert(100, 9)
a.insert(-1, 8)
print(a, a.pop(), a.pop(0), a)
a.remove(3)
print(a, a.index(4), a.count(2), 2 in a, 7 not in a)
a.extend([7, 7])
a.reverse()
print(a, len(a), a[-1], a[1:3], a[::-1], a[::2])
a[1:3] = [10, 20, 30]
print(a)
del a[0]
del a[::2]
print(a)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
print([1, 2] + [3], [0] * 4, [1, 2] * 2, [[1, 2], [3]] == [[1, 2], [3]], [1, 2] < [1, 3], [2] > [1, 9])
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][0], len(nested))
x = []
x.append(x)
print(x)
print(list(range(5)), list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(reversed([1, 2, 3])))
squares = [n * n for n in range(10) if n % 2]
pairs = [(i, j) for i in range(3) for j in range(i)]
print(squares, pairs)
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], [sum(r) for r in m], [row[::-1] for row in m])
stack = []
for i in range(3):
    stack.append(i)
while stack:
    print("pop", stack.pop())
print(a.copy(), a.clear(), a)
