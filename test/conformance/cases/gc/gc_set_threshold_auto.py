# gc.set_threshold(10) makes automatic generation-0 collections frequent; gc.callbacks sees each one.
# conformance: not-for 3.14: pyodide's 3.14.2 has the incremental collector, whose automatic collections report generation 1 (3.14.5+ is generational again)
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
