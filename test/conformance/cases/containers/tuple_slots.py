# Tuples built at run time hold one reference per slot, like lists.
import sys

item = [5]
t = (item,)
print("in a 1-tuple:", sys.getrefcount(item))
t2 = (item, item, "x")
print("plus a 3-tuple:", sys.getrefcount(item))
t3 = tuple([item, item])
print("plus tuple(list):", sys.getrefcount(item))
print("len(t3):", len(t3), "t3[0] is item:", t3[0] is item)
print("tuple refs:", sys.getrefcount(t), sys.getrefcount(t2))
