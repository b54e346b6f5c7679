# A class refers to itself through its __mro__ and its attribute descriptors, so deleting it needs the collector.
# conformance: not-for 3.14: pyodide 3.14.2 runs the incremental GC, which untracks the class's (object,) __bases__ tuple before counting the garbage (6, not 7)
import gc
import sys

class Temp:
    def method(self):
        return 1

print("Temp in its own mro:", Temp.__mro__[0] is Temp)
print("refs:", sys.getrefcount(Temp))
del Temp
print("collected with the class:", gc.collect())
print("again:", gc.collect())
