# Automatic collections triggered by a low threshold, counted with gc.callbacks, and the generation they report.
# conformance: gc-variant 3.14 incremental
import gc

events = []
def watch(phase, info):
    if phase == "start":
        events.append(info["generation"])

gc.collect()
saved = gc.get_threshold()
gc.set_threshold(25)
gc.callbacks.append(watch)
keep = []
for i in range(200):
    keep.append([])
gc.callbacks.remove(watch)
gc.set_threshold(*saved)
print("automatic collections:", len(events))
print("generations reported:", sorted(set(events)))
print("all lists survive:", len(keep))
