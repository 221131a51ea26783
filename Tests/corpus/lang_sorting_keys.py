students = [
    ("alice", "B", 82), ("bob", "A", 91), ("carol", "B", 82), ("dave", "C", 70),
    ("eve", "A", 91), ("frank", "B", 77),
]
print(sorted(students, key=lambda s: s[2]))
print(sorted(students, key=lambda s: (-s[2], s[0])))
print(sorted(students, key=lambda s: s[1], reverse=True))
by_grade = {}
for name, grade, score in students:
    by_grade.setdefault(grade, []).append(name)
print(by_grade)
print(sorted(by_grade.items(), key=lambda kv: len(kv[1]), reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(max(words, key=len), min(words, key=len))
nums = [5, -3, 2, -8, 7, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
nums.sort()
print(nums)
nums.sort(key=lambda v: v % 3)
print(nums)
pairs = [(1, "b"), (1, "a"), (0, "z"), (2, "a")]
pairs.sort()
print(pairs)
from operator import itemgetter, attrgetter
print(sorted(students, key=itemgetter(1, 2)))
print(list(map(itemgetter(0), students)))


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def __repr__(self):
        return f"P({self.name!r}, {self.age})"

    def __lt__(self, other):
        return self.age < other.age


people = [P("x", 30), P("y", 25), P("z", 35)]
print(sorted(people), min(people), max(people))
print(sorted(people, key=attrgetter("name"), reverse=True))
counts = {"a": 3, "b": 1, "c": 3, "d": 2}
print(sorted(counts, key=counts.get, reverse=True))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print([k for k, _ in sorted(counts.items(), key=itemgetter(1))][:2])
matrix = [[3, 1], [1, 2], [2, 0]]
print(sorted(matrix), sorted(matrix, key=lambda r: r[1]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted("hello world"), "".join(sorted("hello")))
print(sorted({3: "c", 1: "a", 2: "b"}))
print(sorted([0.1 + 0.2, 0.3, 0.30000000000000004, 1e-3]))
print(sorted([True, False, 2, 1.5]))
