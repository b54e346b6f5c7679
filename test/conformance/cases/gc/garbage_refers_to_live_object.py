# A garbage cycle that refers to a live object: collecting the cycle releases its reference to the survivor.
import gc
import sys

survivor = [1, 2, 3]
print("survivor refs:", sys.getrefcount(survivor))
x = [survivor]
y = [x, survivor]
x.append(y)
print("survivor refs with the cycle:", sys.getrefcount(survivor))
del x, y
print("still held by the garbage:", sys.getrefcount(survivor))
print("collected:", gc.collect())
print("survivor refs after:", sys.getrefcount(survivor))
print("survivor:", survivor)
