# gc.collect(0), collect(1) and collect(2): the generation each reports to gc.callbacks and how get_count() moves.
# conformance: gc-variant 3.14 incremental
import gc

seen = []
def watch(phase, info):
    if phase == "stop":
        seen.append(info["generation"])

gc.collect()
print("after collect():", gc.get_count()[1:])
gc.callbacks.append(watch)
gc.collect(0)
print("after collect(0):", gc.get_count()[1:])
gc.collect(0)
print("after collect(0) again:", gc.get_count()[1:])
gc.collect(1)
print("after collect(1):", gc.get_count()[1:])
gc.collect(2)
print("after collect(2):", gc.get_count()[1:])
gc.callbacks.remove(watch)
print("generations reported:", seen)
