# gc.collect(0), (1) and (2) and the counts after each: a collection zeroes its generation and bumps the next one's.
# conformance: gc-variant 3.14 incremental
import gc

gc.collect()
print("after collect():", gc.get_count())
keep = [[] for _ in range(5)]
print("collect(0):", gc.collect(0), gc.get_count())
print("collect(0):", gc.collect(0), gc.get_count())
print("collect(1):", gc.collect(1), gc.get_count())
print("collect(0):", gc.collect(0), gc.get_count())
print("collect(2):", gc.collect(2), gc.get_count())
print("collect(generation=1):", gc.collect(generation=1), gc.get_count())
