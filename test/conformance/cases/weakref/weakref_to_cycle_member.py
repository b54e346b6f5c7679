# A weakref to a member of a garbage cycle is cleared by gc.collect(); its callback runs before __del__.
import gc
import weakref
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def on_death(r):
    print("callback, referent is", r())

a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
watch = weakref.ref(a, on_death)
a.inner = weakref.ref(b, on_death)
del a, b
print("still alive:", watch() is not None)
print("collected:", gc.collect())
print("dead:", watch() is None)
print("second collect:", gc.collect())
