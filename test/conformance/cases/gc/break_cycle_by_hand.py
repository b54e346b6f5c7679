# Breaking a cycle by hand (removing the back reference) lets reference counting free it: collect() returns 0.
import gc
import sys

a = []
b = [a]
a.append(b)
a.pop()
print("a refs:", sys.getrefcount(a), "b refs:", sys.getrefcount(b))
del a, b
print("collected:", gc.collect())
c = {}
c["self"] = c
c["self"] = None
del c
print("collected after clearing the dict:", gc.collect())
