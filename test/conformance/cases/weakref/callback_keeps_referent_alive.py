# A weakref whose callback is a bound method of its own referent keeps the referent reachable: no collection frees it.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Watcher:
    def gone(self, wr):
        print("never called")

w = Watcher()
w.me = w
r = weakref.ref(w, w.gone)
del w
print("collected:", gc.collect())
print("still alive:", type(r()).__name__)
del r
print("after dropping the weakref:", gc.collect())
