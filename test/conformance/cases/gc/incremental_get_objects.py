# gc.get_objects(generation): where a new list is found before and after collections.
# conformance: gc-variant 3.14 incremental
import gc

gc.collect()
item = [1, 2]

def where(obj):
    return [g for g in range(3) if any(o is obj for o in gc.get_objects(g))]

print("new list:", where(item))
gc.collect(0)
print("after collect(0):", where(item))
gc.collect()
print("after collect():", where(item))
print("generation 1 is empty:", gc.get_objects(1) == [])
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError:", e)
