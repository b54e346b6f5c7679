# In a cycle of three lists, deleting one name lowers one count; only when all names are gone is it garbage.
import gc
import sys

a, b, c = ["a"], ["b"], ["c"]
a.append(b)
b.append(c)
c.append(a)
print("counts:", sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c))
del a
print("after del a, c[1] refs:", sys.getrefcount(c[1]))
print("collect:", gc.collect())
del b
print("collect:", gc.collect())
del c
print("collect:", gc.collect())
