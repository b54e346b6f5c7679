# Weakref callbacks for the members of a garbage cycle all run before any __del__, in the collector's order.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def callback(tag):
    return lambda wr: print("callback", tag)

a, b, c = Node("a"), Node("b"), Node("c")
a.next, b.next, c.next = b, c, a
refs = [weakref.ref(a, callback("a1")), weakref.ref(a, callback("a2")),
        weakref.ref(b, callback("b")), weakref.ref(c, callback("c"))]
del a, b, c
print("collected:", gc.collect())
print("all dead:", [r() for r in refs])
