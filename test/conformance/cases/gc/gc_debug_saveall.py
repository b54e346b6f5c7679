# With gc.DEBUG_SAVEALL the collector keeps what it found in gc.garbage instead of freeing it.
import gc
gc.collect()

class Node:
    pass

print("debug flags:", gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print("debug flags:", gc.get_debug())
a = Node()
a.me = a
cycle = [1, 2]
cycle.append(cycle)
del a, cycle
print("found:", gc.collect())
print("garbage size:", len(gc.garbage))
print("types:", sorted(type(o).__name__ for o in gc.garbage))
print("found again:", gc.collect(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("after clearing:", gc.collect())
