# The second threshold sets how fast increments scan the heap: with 2 instead of 10 young cycles are freed sooner.
# conformance: gc-variant 3.14 incremental
# conformance: not-for 3.11: the list freelist decides when generational collections run, not modelled yet
# conformance: not-for 3.12: the list freelist decides when generational collections run, not modelled yet
# conformance: not-for 3.13: the list freelist decides when generational collections run, not modelled yet
import gc

def run(threshold):
    collected = []
    def watch(phase, info):
        if phase == "stop":
            collected.append(info["collected"])
    gc.collect()
    saved = gc.get_threshold()
    gc.set_threshold(*threshold)
    gc.callbacks.append(watch)
    for i in range(24000):
        a = []
        a.append(a)
    gc.callbacks.remove(watch)
    gc.set_threshold(*saved)
    freeing = [(n, c) for n, c in enumerate(collected) if c]
    print(threshold, "collections:", len(collected), "first freeing ones:", freeing[:3])

run((500, 10))
run((500, 2))
