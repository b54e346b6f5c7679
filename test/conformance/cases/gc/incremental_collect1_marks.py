# gc.collect(1) right after a full collection only marks: live young objects move to the old generation, cycles stay.
# conformance: gc-variant 3.14 incremental
import gc

class Node:
    pass

def make_cycle():
    a = Node()
    b = Node()
    a.partner = b
    b.partner = a

def in_generation(obj, generation):
    return any(o is obj for o in gc.get_objects(generation))

gc.collect()
keep = [1, 2, 3]
make_cycle()
print("keep in generation 0:", in_generation(keep, 0))
print("collect(1):", gc.collect(1))
print("keep in generation 0:", in_generation(keep, 0))
print("keep in generation 2:", in_generation(keep, 2))
print("collect(0):", gc.collect(0))
print("collect():", gc.collect())
