# A cycle that is still reachable from a name is not garbage: collect() returns 0 until the name is deleted.
import gc
import sys

a = []
b = [a]
a.append(b)
print("while bound:", gc.collect())
print("still there:", len(a), len(b))
del b
print("a still bound:", gc.collect())
print("a[0][0] is a:", a[0][0] is a, "refs:", sys.getrefcount(a))
del a
print("after del a:", gc.collect())
