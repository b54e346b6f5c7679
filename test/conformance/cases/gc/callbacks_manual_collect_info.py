# gc.callbacks for a manual gc.collect(): "start" with zeros, then "stop" with the generation and what was collected.
import gc

log = []

def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.collect()
a = []
a.append(a)
b = {}
b["b"] = b
del a, b
gc.callbacks.append(cb)
print("returned:", gc.collect())
gc.callbacks.remove(cb)
for entry in log:
    print(entry)
print("info keys:", sorted(["generation", "collected", "uncollectable"]))
