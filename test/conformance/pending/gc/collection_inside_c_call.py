# 3.11 runs an automatic collection inside the allocation that crosses the threshold; 3.12+ waits for the next bytecode check.
# conformance: not-for 3.14: pyodide 3.14.2 runs the incremental GC, whose automatic collections are increments
import gc
import itertools

gc.collect()  # imports can leave cyclic garbage behind (3.12+)
runs = []
gc.callbacks.append(lambda phase, info: runs.append(phase) if phase == "start" else None)
gc.set_threshold(100)
lists = list(map(list, itertools.repeat((), 1000)))
during = len(runs)
gc.set_threshold(700)
gc.callbacks.clear()
print("lists made:", len(lists))
print("collections during the call:", during)
