# gc.get_count()[0] after creating and deleting containers: what the young count counts.
# conformance: gc-variant 3.14 incremental
# conformance: not-for 3.11: the generational count follows allocations and the list freelist, not modelled yet
# conformance: not-for 3.12: the generational count follows allocations and the list freelist, not modelled yet
# conformance: not-for 3.13: the generational count follows allocations and the list freelist, not modelled yet
import gc

gc.disable()
gc.collect()
def young():
    return gc.get_count()[0]

before = young()
boxes = [[] for _ in range(10)]
made = young()
print("after making 11 lists:", made - before)
del boxes
gone = young()
print("after deleting them:", gone - made)
boxes = [[] for _ in range(10)]
print("after making them again:", young() - gone)
gc.enable()
