# Constant keys: string literals made of name characters are one object wherever they appear (CPython interns
# them), constant tuple keys in `d[1, 2]` and `d[(1, 2)] += 1`, and strs, bytes and tuples as dict and set keys.
def make():
    return {"alpha": 1, "beta_2": 2, "with space": 3}


def read(d):
    return d["alpha"], d["beta_2"], d["with space"], "alpha" in d, "gamma" in d


d = make()
print(read(d))
a = "alpha"


def same_text():
    return "alpha"


print(a is same_text(), a == "al" + "pha", ("al" + "pha") == a)
grid = {}
for i in range(3):
    for j in range(3):
        grid[i, j] = i * 3 + j
print(grid[1, 2], grid[(2, 0)], (1, 2) in grid, (3, 3) in grid)
grid[(1, 2)] += 10
grid[0, 0] -= 1
print(grid[1, 2], grid[0, 0], len(grid))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()))
blobs = {b"ab": 1, b"": 2, bytes([0, 255]): 3}
print(blobs[b"a" + b"b"], blobs[b""], blobs[b"\x00\xff"], b"zz" in blobs)
print(len({"a", "a", "b", "ab", "a" + "b"}), len({(1, "x"), (1, "x"), (2, "x")}))
long_keys = {"k" * n: n for n in range(0, 40, 3)}
print([long_keys["k" * n] for n in range(0, 40, 3)], "k" * 4 in long_keys)
try:
    print(grid[5, 5])
except KeyError as e:
    print("KeyError", e)
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError", e)
