xs = list(range(10))
print(xs[2:8:2], xs[::-1], xs[-3:], xs[:-7:-2], xs[8:2:-3], xs[100:], xs[-100:2])
s = slice(1, 9, 3)
print(xs[s], s.start, s.stop, s.step, s.indices(5), "abcdef"[s])
ys = xs[:]
ys[2:5] = ["a", "b"]
print(ys)
ys[:0] = [-1]
ys[len(ys):] = [99]
print(ys)
zs = list(range(6))
zs[::2] = [0, 0, 0]
print(zs)
try:
    zs[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del zs[::3]
print(zs)
text = "Hello, World"
print(text[7:], text[-5:-1], text[::2], text[::-1], text[3:3] == "", text[1:100])
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-2], t[-1], type(t[1:2]).__name__)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print([row[1] for row in grid], [grid[i][i] for i in range(3)], [row[::-1] for row in grid][0], list(zip(*grid)))
a = [1, 2, 3]
b = a
c = a[:]
b.append(4)
print(a, c, a is b, a is c, a == [1, 2, 3, 4])
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
n = [[0] * 2 for _ in range(2)]
n[0][0] = 1
print(n)
word = "racecar"
print(word == word[::-1], word[len(word) // 2], word.find("car"), word.rfind("c"), word.index("e"))
