# The reference count a weakref callback sees for its weakref, on the refcount path and during collections.
import gc
import sys
import weakref
gc.collect()  # imports can leave cyclic garbage behind (3.12+)
class N: pass
def cb(wr):
    print("in callback:", sys.getrefcount(wr))
a = N(); r = weakref.ref(a, cb)
print("outside:", sys.getrefcount(r))
del a
b = N(); b.me = b; r2 = weakref.ref(b, cb)
del b
print("collect:", gc.collect())
c = N(); c.me = c; r3 = weakref.ref(c, cb); r4 = weakref.ref(c, cb)
del c
print("collect:", gc.collect())
d = N(); d.me = d; weakref.ref(d, cb); keep = [weakref.ref(d, cb)]
del d
print("collect:", gc.collect())
