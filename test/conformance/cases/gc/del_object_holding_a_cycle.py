# An object with __del__ that merely refers to a cycle dies by refcount; the cycle it held still needs the collector.
import gc

class Owner:
    def __del__(self):
        print("Owner.__del__")

o = Owner()
loop = []
loop.append(loop)
o.loop = loop
del loop
del o
print("collected:", gc.collect())
