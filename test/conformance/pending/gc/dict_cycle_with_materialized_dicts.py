# Two instances in a cycle whose __dict__ was asked for: 3.11-3.12 count the dicts too, 3.13 does not.
import gc

class Node:
    pass

a, b = Node(), Node()
a.peer, b.peer = b, a
print("a's attributes:", list(a.__dict__))
print("b's attributes:", list(vars(b)))
del a, b
print("collected:", gc.collect())
