# gc.get_threshold() and gc.set_threshold(): defaults per version, changing one or all three, argument errors.
# conformance: gc-variant 3.14 incremental
import gc

print("default:", gc.get_threshold())
gc.set_threshold(100)
print("set_threshold(100):", gc.get_threshold())
gc.set_threshold(50, 5, 5)
print("set_threshold(50, 5, 5):", gc.get_threshold())
try:
    gc.set_threshold("x")
except TypeError as e:
    print("TypeError:", e)
print("enabled by default:", gc.isenabled())
