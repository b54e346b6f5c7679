# A ring of four instances linked by .next: refcounts stay at 1 after del, and collect() frees all four.
import gc
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

a, b, c, d = Node("a"), Node("b"), Node("c"), Node("d")
a.next, b.next, c.next, d.next = b, c, d, a
print("a refs:", sys.getrefcount(a))
print("b refs:", sys.getrefcount(b))
del b, c, d
print("a.next.next.next.next is a:", a.next.next.next.next is a)
print("collect while a is bound:", gc.collect())
del a
print("collect after del a:", gc.collect())
