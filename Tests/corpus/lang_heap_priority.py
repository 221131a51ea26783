# Priority queues with heapq: top-k, merging sorted streams, a task scheduler with tie-breaking, running median.
import heapq

nums = [15, 3, 9, 27, 1, 8, 12, 6]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
h = []
for n in nums:
    heapq.heappush(h, n)
print([heapq.heappop(h) for _ in range(4)], h[0], len(h))
data = nums[:]
heapq.heapify(data)
print(data[0], heapq.heappushpop(data, 0), heapq.heapreplace(data, 100), sorted(data))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
tasks = []
counter = 0
for prio, name in [(2, "write"), (1, "plan"), (2, "test"), (3, "ship"), (1, "design")]:
    heapq.heappush(tasks, (prio, counter, name))
    counter += 1
print([heapq.heappop(tasks)[2] for _ in range(len(tasks))])
lo, hi = [], []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(lo, -x)
    heapq.heappush(hi, -heapq.heappop(lo))
    if len(hi) > len(lo):
        heapq.heappush(lo, -heapq.heappop(hi))
    medians.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
print(medians)
def k_closest(points, k):
    return heapq.nsmallest(k, points, key=lambda p: p[0] ** 2 + p[1] ** 2)
print(k_closest([(1, 3), (-2, 2), (5, 8), (0, 1)], 2))
freq = {"a": 5, "b": 2, "c": 5, "d": 1}
print(heapq.nlargest(2, freq, key=freq.get), [k for _, k in heapq.nsmallest(2, ((v, k) for k, v in freq.items()))])
