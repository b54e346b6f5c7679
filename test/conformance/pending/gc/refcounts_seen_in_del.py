# Reference counts seen from inside __del__: on the refcount path the object is at zero; in a collection the cycle's links still count.
import gc
import sys

class Probe:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print(self.name, "self refs:", sys.getrefcount(self))
        if self.other is not None:
            print(self.name, "other refs:", sys.getrefcount(self.other))

lone = Probe("lone")
del lone
a, b = Probe("a"), Probe("b")
a.other, b.other = b, a
del a, b
print("collected:", gc.collect())
