# gc.collect() called from a weakref callback that runs during a collection returns 0; the outer collection goes on.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Node:
    pass

def cb(wr):
    print("callback: nested collect ->", gc.collect())

n = Node()
n.me = n
r = weakref.ref(n, cb)
del n
print("outer collect:", gc.collect())
