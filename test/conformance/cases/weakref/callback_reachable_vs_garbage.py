# During a collection, a weakref's callback runs only if the weakref itself is reachable, not if it is garbage too.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Node:
    pass

def report(wr):
    print("callback ran; referent now:", wr())

outside = Node()
outside.me = outside
keeper = weakref.ref(outside, report)
del outside
print("external weakref, collect:", gc.collect())

inside = Node()
inside.me = inside
inside.wr = weakref.ref(inside, report)
del inside
print("weakref inside the garbage, collect:", gc.collect())
