# When an object dies, its finalize objects and weakref callbacks run newest first, on both the gc and the refcount path.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

a = N("a")
a.me = a
weakref.finalize(a, print, "finalize a 1")
weakref.ref(a, lambda w: print("never: this weakref died at once"))
r = weakref.ref(a, lambda w: print("ref callback a"))
weakref.finalize(a, print, "finalize a 2")
del a
print("collect:", gc.collect())

b = N("b")
f1 = weakref.finalize(b, print, "finalize b 1")
r2 = weakref.ref(b, lambda w: print("ref callback b"))
f2 = weakref.finalize(b, print, "finalize b 2")
del b
print("refcount path done")
