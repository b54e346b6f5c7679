# gc.get_threshold() and gc.set_threshold(): which values are kept, and threshold 0 turning automatic collection off.
# conformance: gc-variant 3.14 incremental
import gc

saved = gc.get_threshold()
print("default:", saved)
gc.set_threshold(100, 5, 7)
print("after set_threshold(100, 5, 7):", gc.get_threshold())
gc.set_threshold(300)
print("after set_threshold(300):", gc.get_threshold())
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

runs = []
def watch(phase, info):
    runs.append(phase)

gc.collect()
gc.set_threshold(0)
gc.callbacks.append(watch)
keep = []
for i in range(3000):
    keep.append([])
gc.callbacks.remove(watch)
print("collections with threshold 0:", len(runs))
print("count grew past 2000:", gc.get_count()[0] > 2000)
gc.set_threshold(*saved)
print("restored:", gc.get_threshold() == saved)
