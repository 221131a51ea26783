# Loops entered again and again with a few iterations each (comprehensions and sums over short lists, inner loops
# of a few steps), then with many: the results are the same whichever way each entry runs.
import numpy as np

totals = []
for n in range(60):
    xs = list(range(n % 5))
    squares = [x * x for x in xs]
    halves = [x / 2 for x in range(n % 4)]
    totals.append(sum(squares) + sum(h for h in halves) + sum(x * 0.5 for x in xs))
print(totals[:12], sum(totals))
# after many short entries, long ones
long_total = 0
for n in range(3):
    ys = list(range(1000 + n))
    long_total += sum([y * 3 for y in ys]) + sum(y % 7 for y in ys)
print(long_total)
# the kinds change between entries: ints, then floats, then NumPy scalars, then a str (Python's TypeError)
rows = [[1, 2, 3]] * 40 + [[1.5, 2.5]] * 40 + [[np.float64(0.25), np.float64(4.0)]] * 40
acc = []
for r in rows:
    acc.append(sum(v * v for v in r))
print(acc[0], acc[40], repr(acc[80]), len(acc))
try:
    for r in rows[:30] + [[1.0, "x"]]:
        doubled = [v * 2 for v in r]
        print_me = sum(v - 1 for v in r)
except TypeError as e:
    print("TypeError:", e, doubled)
# a short inner loop over array elements, entered once per row
A = np.arange(60.0).reshape(20, 3)
row_sums = []
for i in range(A.shape[0]):
    s = 0.0
    for j in range(A.shape[1]):
        s += A[i, j] * (j + 1)
    row_sums.append(s)
print(row_sums[:5], sum(row_sums))
