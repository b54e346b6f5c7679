# A cycle that survived a young collection is garbage in the old generation: collect(0) misses it, collect() finds it.
# conformance: gc-variant 3.14 incremental
import gc

class Node:
    pass

gc.collect()
a = Node()
b = Node()
a.partner = b
b.partner = a
print("collect(0) while referenced:", gc.collect(0))
print("in generation 0:", any(o is a for o in gc.get_objects(0)))
print("in generation 2:", any(o is a for o in gc.get_objects(2)))
del a, b
print("collect(0) after del:", gc.collect(0))
print("collect():", gc.collect())
