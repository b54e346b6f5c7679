# A cycle that survived a collection moves to an older generation: collect(0) no longer sees it, collect(1) does.
# conformance: gc-variant 3.14 incremental
import gc

gc.collect()
a = []
a.append(a)
print("collect(0) while bound:", gc.collect(0))
del a
print("collect(0) after del:", gc.collect(0))
print("collect(1) after del:", gc.collect(1))

b = []
b.append(b)
gc.collect(0)
gc.collect(1)
del b
print("in generation 2 now; collect(1):", gc.collect(1))
print("collect(2):", gc.collect(2))
