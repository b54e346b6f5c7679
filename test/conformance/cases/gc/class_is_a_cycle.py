# A class refers to itself through its __mro__ and its attribute descriptors, so deleting it needs the collector.
# conformance: gc-variant 3.14 incremental
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
