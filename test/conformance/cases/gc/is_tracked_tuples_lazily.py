# A tuple of atoms is tracked when built and untracked by the first collection that examines it; nesting takes longer.
# conformance: not-for 3.14: pyodide 3.14.2 runs the incremental GC, which examines tuples at other times
import gc

def pair(x):
    return (x, x + 1)

gc.collect()
t = pair(5)
print("fresh tuple of ints:", gc.is_tracked(t))
gc.collect(0)
print("after collect(0):", gc.is_tracked(t))
nested = (pair(7), pair(9))
print("nested:", gc.is_tracked(nested), gc.is_tracked(nested[0]))
gc.collect(0)
print("after one collect(0):", gc.is_tracked(nested), gc.is_tracked(nested[0]))
gc.collect(0)
print("after two collect(0):", gc.is_tracked(nested))
gc.collect()
print("after a full collect:", gc.is_tracked(nested))
holder = (pair(1), [])
gc.collect()
print("tuple holding a list:", gc.is_tracked(holder), "its inner tuple:", gc.is_tracked(holder[0]))
