# In a collection, weakrefs to the garbage are cleared and their callbacks run before any __del__; a weakref that is garbage itself gets no callback
import gc, weakref
gc.collect()  # 3.13: importing weakref leaves a garbage class behind (types._C)

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def callback(ref):
    print("callback, referent now", ref())

a = Node("a")
b = Node("b")
a.other = b
b.other = a
outside = weakref.ref(a, callback)
b.inside = weakref.ref(b, callback)
del a, b
print("collect() found", gc.collect())
print("outside() is None:", outside() is None)
