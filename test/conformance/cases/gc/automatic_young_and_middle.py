# Automatic collections with thresholds (10, 3, 1000): every fourth one is a generation-1 collection, none reaches generation 2.
# conformance: gc-variant 3.14 incremental
import gc

seen = []

def watch(phase, info):
    if phase == "stop":
        seen.append(info["generation"])

gc.collect()
gc.set_threshold(10, 3, 1000)
gc.callbacks.append(watch)
keep = []
for i in range(200):
    keep.append([i])
gc.callbacks.remove(watch)
gc.set_threshold(700, 10, 10)
print("collections:", len(seen))
print("by generation:", [seen.count(g) for g in (0, 1, 2)])
print("first ten:", seen[:10])
