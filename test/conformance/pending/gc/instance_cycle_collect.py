# Two instances referring to each other survive del; gc.collect() reclaims them (and any materialized __dict__).
import gc
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
print("a refs:", sys.getrefcount(a), "b refs:", sys.getrefcount(b))
del a, b
print("collected pair:", gc.collect())
c = Node("c")
c.peer = c
del c
print("collected self-loop:", gc.collect())
d = Node("d")
d.peer = d
print("dict of d:", sorted(d.__dict__))
del d
print("collected with __dict__ asked for:", gc.collect())
