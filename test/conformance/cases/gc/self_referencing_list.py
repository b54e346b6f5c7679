# A list that contains itself survives del; gc.collect() finds it and returns 1.
import gc
import sys

a = []
a.append(a)
print("a:", a)
print("refs:", sys.getrefcount(a))
print("a[0] is a:", a[0] is a)
del a
print("collected:", gc.collect())
print("collected again:", gc.collect())
