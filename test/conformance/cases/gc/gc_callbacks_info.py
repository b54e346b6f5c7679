# gc.callbacks are called with "start" and "stop" and an info dict for every collection.
import gc
gc.collect()

def watcher(phase, info):
    print(phase, info)

a = []
a.append(a)
del a
gc.callbacks.append(watcher)
print("found:", gc.collect())
print("found gen0:", gc.collect(0))
gc.callbacks.remove(watcher)
print("without callback:", gc.collect())
