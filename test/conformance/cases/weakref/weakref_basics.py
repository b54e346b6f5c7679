# A weak reference does not keep its object alive: after the last strong reference goes, the weakref is dead.
import sys
import weakref

class Node:
    def __del__(self):
        print("node freed")

n = Node()
r = weakref.ref(n)
print("alive:", r() is n, "refs:", sys.getrefcount(n), "weakrefs:", weakref.getweakrefcount(n))
del n
print("dead:", r() is None)
cache = weakref.WeakValueDictionary()
obj = Node()
cache["k"] = obj
print("in cache:", "k" in cache, len(cache))
obj = None
print("gone from cache:", "k" in cache, len(cache))
