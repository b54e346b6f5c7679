# __del__ and weakref callbacks in young collections; a cycle that reached the old generation waits for a bigger one.
# conformance: gc-variant 3.14 incremental
import gc
import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

gc.collect()
a = Res("a")
b = Res("b")
a.b = b
b.a = a
r = weakref.ref(a, lambda w: print("callback, referent", w()))
del a, b
print("collect(0):", gc.collect(0))
c = Res("c")
c.me = c
gc.collect(0)
del c
print("collect(0) old:", gc.collect(0))
print("collect(1):", gc.collect(1))
print("collect():", gc.collect())

class Phoenix:
    def __del__(self):
        global saved
        saved = self
p = Phoenix()
p.me = p
del p
print("resurrect:", gc.collect(0), gc.is_finalized(saved))
print("resurrected object in generation 2:", any(o is saved for o in gc.get_objects(2)))
