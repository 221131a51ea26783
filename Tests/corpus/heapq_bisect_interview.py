# Interview staples with heapq and bisect: top-k, merging sorted lists, a running median, Dijkstra,
# and binary search with bisect (grades, insertion, key=).
import heapq
from bisect import bisect, bisect_left, bisect_right, insort

nums = [5, 1, 8, 3, 9, 2, 7, 4, 6, 0]
heap = []
for n in nums:
    heapq.heappush(heap, n)
print(heap)
print([heapq.heappop(heap) for _ in range(4)], heap)
data = nums[:]
heapq.heapify(data)
print(data, heapq.heappushpop(data, -1), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
words = ["apple", "fig", "kiwi", "banana", "plum", "date"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(10, [3, 1]))

low, high = [], []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(low, -x)
    heapq.heappush(high, -heapq.heappop(low))
    if len(high) > len(low):
        heapq.heappush(low, -heapq.heappop(high))
    medians.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
print(medians)

graph = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)], "c": [("d", 11), ("f", 2)],
         "d": [("e", 6)], "e": [], "f": [("e", 9)]}
dist = {node: float("inf") for node in graph}
dist["a"] = 0
queue = [(0, "a")]
while queue:
    d, node = heapq.heappop(queue)
    if d > dist[node]:
        continue
    for nxt, w in graph[node]:
        if d + w < dist[nxt]:
            dist[nxt] = d + w
            heapq.heappush(queue, (d + w, nxt))
print(dist)

scores = [33, 99, 77, 70, 89, 90, 100]
print([("FDCBA"[bisect([60, 70, 80, 90], s)]) for s in scores])
ordered = [1, 2, 2, 2, 5, 8]
print(bisect_left(ordered, 2), bisect_right(ordered, 2), bisect_left(ordered, 9), bisect_left(ordered, 2, 2, 4))
insort(ordered, 4)
insort(ordered, 2)
print(ordered)
records = [(1, "a"), (3, "b"), (5, "c")]
print(bisect_left(records, 3, key=lambda r: r[0]), bisect_right(records, 4, key=lambda r: r[0]))
merged = list(heapq.merge([1, 4, 9], [2, 3, 10]))
print(merged)
