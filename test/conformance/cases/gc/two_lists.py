# Two lists referring to each other: each has a count of 1 after del, and gc.collect() returns 2.
import gc
import sys

a = [1]
b = [2]
a.append(b)
b.append(a)
print("a refs:", sys.getrefcount(a), "b refs:", sys.getrefcount(b))
del a
print("b[1] refs after del a:", sys.getrefcount(b[1]))
del b
print("collected:", gc.collect())
