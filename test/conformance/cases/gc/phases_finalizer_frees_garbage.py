# A __del__ dropping the last reference to another garbage object frees it at once: its __del__ runs next, uncounted
import gc, sys

class Node:
    def __del__(self):
        print("__del__", self.name, "refcount", sys.getrefcount(self))
        self.other = None

a = Node(); a.name = "a"
c = Node(); c.name = "c"
b = Node(); b.name = "b"
a.other = b
b.other = a
c.other = c
del a, b, c
print("collected", gc.collect())
print("again", gc.collect())
