# Only a full collection empties the freelists: after gc.collect(0) or (1) a [] is still reused
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()

def show(label, before):
    print(label, gc.get_count()[0] - before)

x = [1]
y = {'k': 1}
del x, y
gc.collect(0)
a = gc.get_count()[0]; x = [2]; y = {'k': 2}; show("after collect(0): [2] and a dict:", a)
del x, y
gc.collect(1)
a = gc.get_count()[0]; x = [3]; y = {'k': 3}; show("after collect(1):", a)
del x, y
gc.collect(2)
a = gc.get_count()[0]; x = [4]; y = {'k': 4}; show("after collect(2):", a)
print("counts now:", gc.get_count())
