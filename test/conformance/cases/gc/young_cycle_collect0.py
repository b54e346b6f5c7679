# A garbage cycle made since the last collection is in generation 0, so gc.collect(0) finds it.
# conformance: gc-variant 3.14 incremental
import gc

gc.collect()
x = {}
y = {"x": x}
x["y"] = y
del x, y
print("collect(0):", gc.collect(0), gc.get_count())
print("collect(0) again:", gc.collect(0), gc.get_count())
