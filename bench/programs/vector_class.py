class Vec:

    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def dot(self, other):
        return self.x * other.x + self.y * other.y
    def __repr__(self):
        return "Vec(%.3f, %.3f)" % (self.x, self.y)
acc = Vec(0.0, 0.0)
for i in range(200000):
    v = Vec(i * 0.5, -i * 0.25)
    acc = acc + v * 0.001
print(acc, acc.dot(Vec(1.0, 1.0)))
