# An automatic collection reclaims garbage cycles without any gc.collect() call; a callback reports what it found.
# conformance: not-for 3.14: pyodide 3.14.2 runs the incremental GC, whose automatic collections are increments
import gc

found = []

def watch(phase, info):
    if phase == "stop" and info["collected"]:
        found.append((info["generation"], info["collected"]))

class Node:
    pass

gc.collect()
gc.set_threshold(5)
gc.callbacks.append(watch)
for i in range(12):
    n = Node()
    n.me = n
    del n
gc.callbacks.remove(watch)
gc.set_threshold(700)
print("collections that found garbage:", found)
print("left for gc.collect():", gc.collect())
