# A list, a dict and an instance that each refer to themselves: gc.collect() returns 1 for each kind.
import gc
import sys

class Box:
    pass

lst = []
lst.append(lst)
print("list refs:", sys.getrefcount(lst))
del lst
print("list self-cycle:", gc.collect())

d = {}
d["me"] = d
print("dict refs:", sys.getrefcount(d))
del d
print("dict self-cycle:", gc.collect())

b = Box()
b.me = b
print("instance refs:", sys.getrefcount(b))
del b
print("instance self-cycle:", gc.collect())
print("nothing left:", gc.collect())
