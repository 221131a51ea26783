# A class-and-method-heavy scheduler simulation in the spirit of Richards.
class Task:
    def __init__(self, name, priority, work):
        self.name = name
        self.priority = priority
        self.work = work
        self.done = 0
        self.waiting = False

    def run(self, scheduler):
        self.done += 1
        if self.done % 7 == 0:
            self.waiting = True
            scheduler.wake_later(self)
        return self.work(self.done)

    def is_ready(self):
        return not self.waiting and self.done < 2000

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.sleeping = []
        self.total = 0

    def add(self, task):
        self.tasks.append(task)

    def wake_later(self, task):
        self.sleeping.append(task)

    def tick(self):
        for t in self.sleeping:
            t.waiting = False
        self.sleeping = []
        best = None
        for t in self.tasks:
            if t.is_ready() and (best is None or t.priority > best.priority):
                best = t
        if best is None:
            return False
        self.total += best.run(self)
        best.priority = (best.priority * 7 + 3) % 11
        return True

def work_a(n):
    return n % 5
def work_b(n):
    return (n * 3) % 7
s = Scheduler()
for i in range(10):
    s.add(Task("t%d" % i, i % 4, work_a if i % 2 else work_b))
steps = 0
while s.tick():
    steps += 1
print(steps, s.total, [t.done for t in s.tasks])
