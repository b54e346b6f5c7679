# gc.get_threshold() and gc.get_count(): allocations of containers raise generation 0's count until a collection.
# conformance: gc-variant 3.14 incremental
import gc

gc.collect()
print("threshold:", gc.get_threshold())
start = gc.get_count()[0]
keep = [[] for _ in range(50)]
print("gen0 grew by at least 50:", gc.get_count()[0] - start >= 50)
gc.collect()
print("after collect:", gc.get_count())
gc.disable()
print("enabled:", gc.isenabled())
gc.enable()
print("enabled:", gc.isenabled())
