# gc.callbacks' "stop" info and gc.get_stats() report the same numbers for one collection.
# conformance: not-for 3.14: pyodide 3.14.2 runs the incremental GC, whose statistics differ
import gc

seen = []


def record(phase, info):
    if phase == "stop":
        seen.append((info["generation"], info["collected"], info["uncollectable"]))


class Node:
    pass


for generation in (0, 1, 2):
    n = Node()
    n.me = n
    m = Node()
    m.other = n
    n.other = m
    del n, m
    before = gc.get_stats()[generation]["collected"]
    gc.callbacks.append(record)
    found = gc.collect(generation)
    gc.callbacks.remove(record)
    after = gc.get_stats()[generation]["collected"]
    print("generation", generation, "returned", found, "stats delta", after - before, "callback", seen[-1])
