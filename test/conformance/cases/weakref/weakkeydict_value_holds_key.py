# A WeakKeyDictionary value that refers to its own key keeps the key alive: the dict holds values strongly.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Key:
    pass

extra = weakref.WeakKeyDictionary()
k = Key()
extra[k] = {"owner": k}
del k
print("collected:", gc.collect())
print("entries:", len(extra))
extra.clear()
print("after clear:", len(extra), "collected:", gc.collect())
