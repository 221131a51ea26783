def bubble(a):
    n = len(a)
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
a = [(i * 7919) % 1000 for i in range(1500)]
bubble(a)
print(a[:5], a[-5:])
