# When an object dies, __del__ runs first, then its weakrefs' callbacks, newest first; ref(o) without a callback is shared.
import sys
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def report(tag):
    def callback(r):
        print("callback", tag, "referent:", r())
    return callback

n = Node("a")
r1 = weakref.ref(n, report(1))
r2 = weakref.ref(n, report(2))
plain = weakref.ref(n)
print("shared basic ref:", weakref.ref(n) is plain, "with callback shared:", r1 is plain)
print("count:", weakref.getweakrefcount(n), "first is basic:", weakref.getweakrefs(n)[0] is plain)
print("refs to n:", sys.getrefcount(n))
print("equal refs:", r1 == r2, "hash matches:", hash(plain) == hash(n))
print("callback attr:", r1.__callback__ is not None, plain.__callback__)
del n
print("after del:", plain() is None, r1 == r2, r1 == r1)
print("count of a new object:", weakref.getweakrefcount(Node("b")))
