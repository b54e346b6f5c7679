# gc.set_threshold(0) disables automatic collection even though gc.isenabled() stays True.
# conformance: gc-variant 3.14 incremental
import gc

runs = []
gc.collect()
gc.set_threshold(0)
print("threshold:", gc.get_threshold())
gc.callbacks.append(lambda phase, info: runs.append(phase))
keep = [[i] for i in range(50)]
print("enabled:", gc.isenabled(), "runs:", len(runs), "count over 50:", gc.get_count()[0] > 50)
gc.set_threshold(5)
more = [[i] for i in range(3)]
x = [0]
print("runs after threshold 5:", len(runs) > 0)
gc.callbacks.clear()
gc.set_threshold(700)
