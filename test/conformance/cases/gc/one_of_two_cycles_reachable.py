# Two separate cycles; only the one no name reaches is garbage. A cycle referred to by a live list survives.
import gc

def cycle(tag):
    a = [tag]
    b = [tag, a]
    a.append(b)
    return a

keep = cycle("kept")
cycle("lost")
holder = [cycle("held")]
print("collected:", gc.collect())
print("kept:", keep[0], "held:", holder[0][0])
del keep
print("after del keep:", gc.collect())
holder.clear()
print("after holder.clear():", gc.collect())
