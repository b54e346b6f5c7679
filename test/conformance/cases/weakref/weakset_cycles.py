# A WeakSet loses members that die, whether reference counting or the collector frees them.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Item:
    pass

members = weakref.WeakSet()
a, b, c = Item(), Item(), Item()
b.me = b
for x in (a, b, c):
    members.add(x)
del x
print("size:", len(members))
del a
print("after del a (refcount):", len(members))
del b
print("after del b (cycle):", len(members))
print("collected:", gc.collect())
print("after collect:", len(members), c in members)
