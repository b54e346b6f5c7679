# gc.disable() stops automatic collections (the count keeps growing); gc.collect() still works while disabled.
# conformance: gc-variant 3.14 incremental
import gc

runs = []
gc.collect()
gc.set_threshold(5)
gc.callbacks.append(lambda phase, info: runs.append(phase))
gc.disable()
print("enabled:", gc.isenabled())
keep = [[i] for i in range(20)]
print("automatic runs while disabled:", len(runs), "count over threshold:", gc.get_count()[0] > 5)
a = []
a.append(a)
del a
print("manual collect:", gc.collect(), "runs:", len(runs))
gc.enable()
print("enabled:", gc.isenabled())
more = [[i] for i in range(20)]
print("automatic runs after enable:", len(runs) > 2)
gc.callbacks.clear()
gc.set_threshold(700)
