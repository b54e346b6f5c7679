# gc.collect() counts only GC-tracked containers: ints, floats and strings inside a cycle are not counted.
import gc

a = [1000, 2.5, "text", None, True]
a.append(a)
del a
print("cycle with scalar payload:", gc.collect())
b = [[1], [2], {"k": 3}]
b.append(b)
del b
print("cycle owning three more containers:", gc.collect())
