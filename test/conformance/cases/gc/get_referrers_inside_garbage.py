# Before collection, gc.get_referrers still finds an unreachable cycle's members referring to each other.
import gc

class Node:
    pass

a, b = Node(), Node()
a.peer, b.peer = b, a
probe = [a]
del a, b
found = gc.get_referrers(probe[0])
print("referrers of a:", sorted(type(o).__name__ for o in found))
print("b refers to a:", any(type(o) is Node and o.peer is probe[0] for o in found))
del found
probe.clear()
print("collected:", gc.collect())
