xs = []
for i in range(1000000):
    xs.append(i * 2)
ys = [x + 1 for x in xs if x % 3 == 0]
zs = [[i, i * i] for i in range(100000)]
total = sum(ys) + sum(z[1] for z in zs)
rev = xs[::-1]
print(len(xs), len(ys), total, rev[:3], max(ys), min(xs[10:]))
