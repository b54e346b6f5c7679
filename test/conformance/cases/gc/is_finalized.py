# gc.is_finalized tells whether the collector already ran an object's __del__ (the refcount path does not mark it).
import gc

keep = []

class Res:
    def __del__(self):
        keep.append(self)

r = Res()
print("fresh:", gc.is_finalized(r))
del r
print("after refcount death:", gc.is_finalized(keep[0]))
keep.clear()
c = Res()
c.me = c
del c
gc.collect()
print("after gc death:", gc.is_finalized(keep[0]))
print("plain list:", gc.is_finalized([]))
