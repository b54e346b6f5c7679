# gc.collect() accepts generations 0-2 only; other values raise ValueError, non-integers TypeError.
import gc

for arg in (3, -1, "2", 1.0):
    try:
        gc.collect(arg)
    except (ValueError, TypeError) as e:
        print(repr(arg), "->", type(e).__name__, e)
print("collect(2):", gc.collect(2))
