# The same kind of weakref callback runs at once when refcounting frees the object, but only in gc.collect() for a cycle.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Obj:
    pass

def cb(wr):
    print("  callback")

print("plain object:")
o = Obj()
r1 = weakref.ref(o, cb)
del o
print("self-cycle:")
c = Obj()
c.me = c
r2 = weakref.ref(c, cb)
del c
print("collect:")
print("collected:", gc.collect())
