# A weakref to a class dies only when a collection frees the class (a class is always part of a cycle).
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Temporary:
    pass

r = weakref.ref(Temporary, lambda wr: print("class is gone"))
del Temporary
print("after del:", r() is not None)
gc.collect()
print("after collect:", r())
