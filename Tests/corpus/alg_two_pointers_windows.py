# Interview patterns: hash maps, two pointers, sliding windows, prefix sums, stacks.
from collections import Counter, defaultdict

def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return seen[target - x], i
        seen[x] = i
    return None

def three_sum(nums):
    nums = sorted(nums)
    out = []
    for i in range(len(nums) - 2):
        if i and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                out.append((nums[i], nums[lo], nums[hi]))
                while lo < hi and nums[lo] == nums[lo + 1]:
                    lo += 1
                lo += 1
                hi -= 1
    return out

def longest_unique(s):
    last = {}
    start = best = 0
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best

def max_window_sum(xs, k):
    s = sum(xs[:k])
    best = s
    for i in range(k, len(xs)):
        s += xs[i] - xs[i - k]
        best = max(best, s)
    return best

def subarrays_with_sum(xs, k):
    count, prefix, seen = 0, 0, defaultdict(int)
    seen[0] = 1
    for x in xs:
        prefix += x
        count += seen[prefix - k]
        seen[prefix] += 1
    return count

def valid_parens(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

def daily_temperatures(ts):
    ans, stack = [0] * len(ts), []
    for i, t in enumerate(ts):
        while stack and ts[stack[-1]] < t:
            j = stack.pop()
            ans[j] = i - j
        stack.append(i)
    return ans

def group_anagrams(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w))].append(w)
    return sorted(groups.values())

def merge_intervals(iv):
    out = []
    for s, e in sorted(iv):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out

print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 7))
print(three_sum([-1, 0, 1, 2, -1, -4]))
print(longest_unique("abcabcbb"), longest_unique("bbbbb"), longest_unique("pwwkew"))
print(max_window_sum([1, 4, 2, 10, 23, 3, 1, 0, 20], 4), subarrays_with_sum([1, 1, 1, 2, -1, 1], 2))
print([valid_parens(s) for s in ["()[]{}", "(]", "([{}])", "((", ""]])
print(daily_temperatures([73, 74, 75, 71, 69, 72, 76, 73]))
print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
print(merge_intervals([(1, 3), (8, 10), (2, 6), (15, 18), (17, 20)]))
print(Counter("anagram") == Counter("nagaram"), Counter("hello").most_common(2))
def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("race a car"))
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
M = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(rotate(M), spiral([r[:] for r in M]))
