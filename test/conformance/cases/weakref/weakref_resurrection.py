# A __del__ that resurrects its object keeps refcount-path weakrefs alive; the collector clears weakrefs before finalizers run.
import weakref, gc
gc.collect()
saved = []
class Phoenix:
    def __del__(self):
        print("__del__, resurrecting")
        saved.append(self)
def cb(r): print("callback", r())
p = Phoenix()
r = weakref.ref(p, cb)
del p
print("after del:", r() is saved[0], len(saved))
saved.clear()
print("after clear:", r())
q = Phoenix(); q.me = q
r2 = weakref.ref(q, cb)
del q
print("collect:", gc.collect(), "ref:", r2(), len(saved))
saved.clear()
print("collect again:", gc.collect())
