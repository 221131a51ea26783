# In-place growth of str by +=, and every way another reference can see the old value.
text = ""
for i in range(2000):
    text += str(i % 10)
print(len(text), text[:12], text[-5:], hash(text) == hash("".join(str(i % 10) for i in range(2000))))
a = "ab"
b = a
a += "cd"
print(a, b, a is b)
s = "x"
keep = [s]
s += "y"
s += "z"
print(s, keep)
d = {}
k = "key"
k += "1"
d[k] = 1
k += "2"
print(d, k, k in d, "key1" in d)
def grow(n):
    out = ""
    for i in range(n):
        out += chr(65 + i % 26)
        if i == 5:
            snapshot = out
    return out, snapshot
print(grow(30))
def self_add():
    t = "ab"
    t += t
    t += t
    return t
print(self_add())
u = "é"
u += "ü"
u += "x"
print(u, len(u), u[1], u.upper())
n = 5
n += 3
lst = [1]
lst += [2]
print(n, lst)
try:
    q = "a"
    q += 1
except TypeError as e:
    print("TypeError", e)
print(q)
def rebinding():
    global g
    g = "changed"
    return "!"
g = "orig"
g += rebinding()
print(g)
h = "h"
def show():
    return h
h += "i"
print(show(), len(h))
fmt = "%d"
fmt += " items"
print(fmt % 3, fmt % 4)
w = "w"
w += "o"
print({w: 1}, hash(w) == hash("wo"), w == "wo")
w += "rd"
print({w: 2}, hash(w) == hash("word"), w.count("o"), len(w))
class C:
    pass
c = C()
c.s = "a"
c.s += "b"
print(c.s)
