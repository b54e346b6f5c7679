# A callback gets the dead weakref: calling it returns None, so a callback can never resurrect the referent.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

got = []

class Obj:
    pass

def cb(wr):
    got.append(wr)
    print("callback: wr() is", wr())

o = Obj()
o.me = o
w = weakref.ref(o, cb)
del o
print("collected:", gc.collect())
print("callback got our weakref:", got[0] is w)
print("callback still attached:", w.__callback__ is cb)
