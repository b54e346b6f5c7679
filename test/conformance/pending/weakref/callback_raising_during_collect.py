# A weakref callback that raises during a collection is reported as ignored; the other callbacks still run.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Boom:
    def __call__(self, wr):
        raise ValueError("callback error")
    def __repr__(self):
        return "Boom()"

class Node:
    pass

n = Node()
n.me = n
r1 = weakref.ref(n, Boom())
r2 = weakref.ref(n, lambda wr: print("second callback ran"))
del n
print("collected:", gc.collect())
