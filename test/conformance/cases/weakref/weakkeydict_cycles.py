# A WeakKeyDictionary entry whose key is in a garbage cycle goes away when the collector frees the key.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Widget:
    pass

meta = weakref.WeakKeyDictionary()
w = Widget()
w.parent = [w]
meta[w] = "metadata"
plain = Widget()
meta[plain] = "plain"
print("entries:", len(meta))
del w
print("after del w:", len(meta))
print("collected:", gc.collect())
print("after collect:", len(meta), list(meta.values()))
