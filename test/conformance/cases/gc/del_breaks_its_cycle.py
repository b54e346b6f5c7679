# A __del__ that breaks its own cycle: the collector still counts both objects, and each __del__ runs once.
import gc

class Half:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "other is", None if self.other is None else self.other.name)
        self.other = None

a, b = Half("a"), Half("b")
a.other, b.other = b, a
del a, b
print("collected:", gc.collect())
