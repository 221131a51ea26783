# Sorting in depth: stability, multi-key sorts, reverse with stability, key functions, sorting dicts and objects.
from operator import itemgetter, attrgetter

people = [("ana", 31, "eng"), ("bo", 25, "ops"), ("cy", 31, "eng"), ("di", 25, "eng"), ("ed", 40, "ops")]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(2, 1)))
by_age = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age)
s = sorted(people, key=itemgetter(0), reverse=True)
s.sort(key=itemgetter(2))
print(s)
class Emp:
    def __init__(self, name, salary):
        self.name, self.salary = name, salary
    def __repr__(self):
        return f"{self.name}:{self.salary}"
staff = [Emp("x", 50), Emp("y", 70), Emp("z", 50)]
print(sorted(staff, key=attrgetter("salary")), sorted(staff, key=attrgetter("salary", "name"), reverse=True))
scores = {"ana": 88, "bo": 95, "cy": 88, "di": 70}
print(sorted(scores), sorted(scores, key=scores.get), sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted([3, 1, 2], key=lambda v: -v), sorted("Banana", key=str.lower), sorted(["b", "A", "a", "B"]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2], [1, 1]]), sorted([0.5, -1, 3, 2.5]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words), key=lambda w: (w[-1], w)))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda v: (v % 3, v)))
data = list(range(10))
data.sort(key=lambda v: v % 3)
print(data)
rank = {v: i for i, v in enumerate(sorted(set([40, 10, 30, 10, 20])), 1)}
print([rank[v] for v in [40, 10, 30, 10, 20]])
print(sorted({"b": 1, "a": 2}.items()), sorted([True, False, True]), sorted(range(5), reverse=True))
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError:", e)
