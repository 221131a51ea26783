for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("loop finished")
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
n = 0
while n < 5:
    n += 1
    if n == 4:
        break
else:
    print("no")
print("n", n)
while False:
    pass
else:
    print("while-else")
x = 7
if x < 0:
    print("neg")
elif x == 0:
    print("zero")
elif x < 10:
    print("small")
else:
    print("big")
print("yes" if x > 5 else "no", x if x else -1)
print(0 or "default", "" or None, 1 and 2, 0 and 1, not 0, not [1])
print([] or [0], None or 0 or "", "a" and "b" and "c")
total = 0
for a in range(4):
    for b in range(4):
        if a == b:
            continue
        if a + b > 4:
            break
        total += a * b
print(total)
if (m := 10) > 5:
    print("walrus", m)
values = [1, 5, 2, 8]
while (v := values.pop()) != 5:
    print("v", v)
print([y for x in range(5) if (y := x * 2) > 4])
for i in range(5, 0, -2):
    print(i, end=" ")
print()
for ch in "hey":
    print(ch, end="-")
print(sep="", end="\n")
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
for i in range(0):
    print("never")
print(list(range(10, 0, -3)), list(range(-5)), len(range(0, 100, 7)), range(3)[-1], range(10)[2:8:2])
count = 0
for _ in range(1000):
    count += 1
print(count)
