# gc.is_tracked: atomic objects are never tracked; containers are, except tuples and dicts of atomic values.
import gc

print("int:", gc.is_tracked(12345), "str:", gc.is_tracked("text"), "float:", gc.is_tracked(1.5))
print("list:", gc.is_tracked([]), "list of ints:", gc.is_tracked([1, 2]))
print("dict of atomics:", gc.is_tracked({"a": 1}), "dict holding a list:", gc.is_tracked({"a": []}))
t = tuple([1, 2])
print("tuple of ints before collect:", gc.is_tracked(t))
gc.collect()
print("tuple of ints after collect:", gc.is_tracked(t))

class C:
    pass

print("instance:", gc.is_tracked(C()), "class:", gc.is_tracked(C), "function:", gc.is_tracked(len))
