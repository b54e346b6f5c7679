# A weakref.ref subclass with its own attributes: reachable ones still get their callback when the referent is collected.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class NamedRef(weakref.ref):
    def __new__(cls, ob, callback, name):
        return super().__new__(cls, ob, callback)

    def __init__(self, ob, callback, name):
        super().__init__(ob, callback)
        self.name = name

class Node:
    pass

def cb(wr):
    print("callback for", wr.name)

n = Node()
n.me = n
refs = [NamedRef(n, cb, "first"), NamedRef(n, cb, "second")]
del n
print("collected:", gc.collect())
print("names:", [r.name for r in refs], [r() for r in refs])
