# gc.get_objects(g) lists one generation: a new list is in generation 0, then 1 after collect(0), then 2.
# conformance: gc-variant 3.14 incremental
import gc

def where(obj):
    return [g for g in range(3) if any(o is obj for o in gc.get_objects(g))]

gc.collect()
fresh = [1, 2]
print("fresh:", where(fresh))
gc.collect(0)
print("after collect(0):", where(fresh))
gc.collect(1)
print("after collect(1):", where(fresh))
gc.collect()
print("after collect():", where(fresh))
