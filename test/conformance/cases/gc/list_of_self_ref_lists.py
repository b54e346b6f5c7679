# A list holding 10 self-referencing lists: del frees the holder by refcount, the 10 cycles need the collector.
import gc
import sys

holder = []
for i in range(10):
    x = [i]
    x.append(x)
    holder.append(x)
del x
print("holder[0] refs:", sys.getrefcount(holder[0]))
print("nothing to collect yet:", gc.collect())
del holder
print("collected:", gc.collect())
