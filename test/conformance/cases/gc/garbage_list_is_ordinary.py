# gc.garbage is an ordinary list: DEBUG_SAVEALL fills it, the program can inspect and empty it.
import gc

gc.collect()
print("initially:", gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
a = [1]
a.append(a)
del a
gc.collect()
gc.set_debug(0)
print("saved:", len(gc.garbage), type(gc.garbage).__name__)
saved = gc.garbage[0]
print("first item is the cycle:", saved[1] is saved, saved[0])
gc.garbage.clear()
del saved
print("collect once more:", gc.collect())
