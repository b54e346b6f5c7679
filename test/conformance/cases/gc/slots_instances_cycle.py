# Instances with __slots__ (no __dict__) form cycles through their slots like any other instance.
import gc
import sys

class Link:
    __slots__ = ("name", "other")

a, b = Link(), Link()
a.name, b.name = "a", "b"
a.other, b.other = b, a
print("a refs:", sys.getrefcount(a))
del a, b
print("collected:", gc.collect())
