from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)


cache = LRUCache(2)
cache.put(1, 1)
cache.put(2, 2)
print(cache.get(1))
cache.put(3, 3)
print(cache.get(2), cache.get(3), list(cache.data))


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        for v in reversed(list(values)):
            self.head = Node(v, self.head)

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self

    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"


ll = LinkedList([1, 2, 3, 4])
print(ll, "|", ll.reverse(), "|", LinkedList())


class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        def go(node):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = go(node[1])
            elif key > node[0]:
                node[2] = go(node[2])
            return node
        self.root = go(self.root)

    def inorder(self):
        out = []

        def walk(node):
            if node:
                walk(node[1])
                out.append(node[0])
                walk(node[2])
        walk(self.root)
        return out

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node[1]), self.height(node[2]))


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]:
    t.insert(k)
print(t.inorder(), t.height())


class Trie:
    def __init__(self):
        self.children = {}
        self.end = False

    def add(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
        node.end = True

    def starts_with(self, prefix):
        node = self
        for ch in prefix:
            if ch not in node.children:
                return []
            node = node.children[ch]
        found = []

        def collect(n, acc):
            if n.end:
                found.append(acc)
            for ch in sorted(n.children):
                collect(n.children[ch], acc + ch)
        collect(node, prefix)
        return found


trie = Trie()
for w in ["tea", "ten", "ted", "to", "inn", "in"]:
    trie.add(w)
print(trie.starts_with("te"), trie.starts_with("i"), trie.starts_with("z"))
stack, pairs = [], {")": "(", "]": "[", "}": "{"}


def balanced(s):
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


print([balanced(s) for s in ["([]{})", "(]", "((", ""]])
nums = [2, 7, 11, 15, -3, 4]
seen = {}
for i, x in enumerate(nums):
    if 8 - x in seen:
        print("two-sum", seen[8 - x], i)
    seen[x] = i
window, best = 0, 0
arr = [1, -2, 3, 10, -4, 7, 2, -5]
for x in arr:
    window = max(x, window + x)
    best = max(best, window)
print("max subarray", best)
