# gc.callbacks report the generation passed to gc.collect(0), (1) and (2).
# conformance: gc-variant 3.14 incremental
import gc

gens = []
gc.callbacks.append(lambda phase, info: gens.append((phase, info["generation"])))
for g in (0, 1, 2):
    gc.collect(g)
gc.callbacks.clear()
print(gens)
