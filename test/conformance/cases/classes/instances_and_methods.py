# Instances, bound methods (a new object per access), inheritance, super(), __del__ and instance cycles.
import sys, gc
class C:
    kind = "base"
    def __init__(self, x):
        self.x = x
        print("init self", sys.getrefcount(self))
    def get(self):
        return sys.getrefcount(self)
a = C([1])
print(sys.getrefcount(a), a.get(), sys.getrefcount(a.x))
m = a.get
print(sys.getrefcount(a), m(), type(m).__name__, m.__self__ is a, m.__func__ is C.get)
print(a.get is a.get, a.get == a.get)
print(sys.getrefcount(C))
class D(C):
    def __init__(self):
        super().__init__([2])
        self.y = 1
d = D()
print(d.x, d.y, d.kind, isinstance(d, C), type(d).__name__, D.__mro__ if False else [k.__name__ for k in D.__mro__])
d.self = d
del d
print(gc.collect())
class E:
    def __del__(self):
        print("del E")
e = E()
del e
print(C, repr(a)[:14])
