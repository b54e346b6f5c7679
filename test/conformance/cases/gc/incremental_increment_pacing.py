# Automatic collections after gc.collect(): how many run before one frees the young cycles, and how many it frees.
# conformance: gc-variant 3.14 incremental
# conformance: not-for 3.11: the list freelist decides when generational collections run, not modelled yet
# conformance: not-for 3.12: the list freelist decides when generational collections run, not modelled yet
# conformance: not-for 3.13: the list freelist decides when generational collections run, not modelled yet
import gc

collected = []
def watch(phase, info):
    if phase == "stop":
        collected.append(info["collected"])

gc.collect()
saved = gc.get_threshold()
gc.set_threshold(100)
gc.callbacks.append(watch)
for i in range(20000):
    a = []
    a.append(a)
gc.callbacks.remove(watch)
gc.set_threshold(*saved)
print("automatic collections:", len(collected))
freeing = [(n, c) for n, c in enumerate(collected) if c]
print("collections that freed something:", len(freeing))
print("the first ones (index, objects freed):", freeing[:4])
print("objects freed in all:", sum(collected))
