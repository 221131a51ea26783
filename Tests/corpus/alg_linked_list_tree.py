# A linked list and a binary search tree as classes (interview staples).
class Node:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next

class LinkedList:
    def __init__(self, values=()):
        self.head = None
        for v in reversed(list(values)):
            self.head = Node(v, self.head)

    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next

    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.val if slow else None

ll = LinkedList([1, 2, 3, 4, 5])
print(ll, ll.middle())
ll.reverse()
print(ll, list(ll), LinkedList(), len(list(ll)))

class BST:
    class _Node:
        __slots__ = ("key", "left", "right")

        def __init__(self, key):
            self.key = key
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        if self.root is None:
            self.root = BST._Node(key)
            self.size += 1
            return
        node = self.root
        while True:
            if key == node.key:
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, BST._Node(key))
                self.size += 1
                return
            node = child

    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n.left)
                out.append(n.key)
                walk(n.right)
        walk(self.root)
        return out

    def height(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))

    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder(), t.size, t.height(), 65 in t, 66 in t)

def level_order(root):
    from collections import deque
    out, q = [], deque([root] if root else [])
    while q:
        level = [q.popleft() for _ in range(len(q))]
        out.append([n.key for n in level])
        q.extend(c for n in level for c in (n.left, n.right) if c)
    return out

print(level_order(t.root))
