# Inside a method, self is one more reference to the instance; the bound method call holds it too.
import sys

class Box:
    def __init__(self):
        print("in __init__:", sys.getrefcount(self))
    def count(self):
        return sys.getrefcount(self)
    def count_via_local(self):
        me = self
        return sys.getrefcount(me)

b = Box()
print("module level:", sys.getrefcount(b))
print("in method:", b.count())
print("with a local alias:", b.count_via_local())
print("unbound call:", Box.count(b))
print("after calls:", sys.getrefcount(b))
