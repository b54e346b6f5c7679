# gc.set_threshold(10) makes automatic generation-0 collections frequent; gc.callbacks sees each one.
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
events = []
def watch(phase, info):
    if phase == "stop":
        events.append(info["generation"])
threshold = gc.get_threshold()
gc.callbacks.append(watch)
gc.set_threshold(10)
keep = []
for i in range(60):
    keep.append([])
gc.callbacks.remove(watch)
gc.set_threshold(*threshold)
print("automatic collections:", len(events), events)
print("threshold restored:", gc.get_threshold() == threshold)
