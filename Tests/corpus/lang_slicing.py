xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::3], xs[::-2], xs[5:2:-1], xs[-1:-4:-1])
print(xs[100:], xs[-100:2], xs[3:3], xs[5:1], xs[::-1][:3], xs[1:-1:4])
s = "abcdefghij"
print(s[2:5], s[::-1], s[::2], s[-4:-1], s[10:], s[:0], s[1::3])
t = tuple(xs)
print(t[1:4], t[::-5], t[-2:])
ys = xs[:]
ys[2:5] = ["a", "b"]
print(ys)
ys[::2] = [0] * len(ys[::2])
print(ys)
del ys[1:3]
print(ys)
zs = [1, 2, 3, 4, 5]
zs[1:1] = [9, 9]
print(zs)
zs[-1:] = []
print(zs, zs[slice(1, 3)], zs[slice(None, None, -1)])
try:
    zs[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
r = range(0, 20, 3)
print(r[2], r[-1], list(r[1:4]), r[::2], len(r[::-1]), list(reversed(r))[:3])
grid = [[i * 3 + j for j in range(3)] for i in range(3)]
print([row[1] for row in grid], grid[1][:], [row[::-1] for row in grid][::-1])
word = "python"
print([word[i:i + 2] for i in range(len(word) - 1)], word[len(word) // 2:], word[:len(word) // 2])
