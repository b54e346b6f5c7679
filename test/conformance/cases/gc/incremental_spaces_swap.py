# gc.get_count()[1:] counts young collections per old space; the two numbers swap when a cycle of increments ends.
# conformance: gc-variant 3.14 incremental
# conformance: not-for 3.11: the list freelist decides when generational collections run, not modelled yet
# conformance: not-for 3.12: the list freelist decides when generational collections run, not modelled yet
# conformance: not-for 3.13: the list freelist decides when generational collections run, not modelled yet
import gc

gc.collect()
gc.collect(0)
gc.collect(0)
print("after two collect(0):", gc.get_count()[1:])
saved = gc.get_threshold()
gc.set_threshold(100)
runs = []
gc.callbacks.append(lambda phase, info: runs.append(phase))
for i in range(20500):
    a = []
    a.append(a)
gc.callbacks.clear()
gc.set_threshold(*saved)
print("automatic collections:", runs.count("stop"))
print("after them:", gc.get_count()[1:])
gc.collect(0)
print("after another collect(0):", gc.get_count()[1:])
gc.collect()
print("after collect():", gc.get_count()[1:])
