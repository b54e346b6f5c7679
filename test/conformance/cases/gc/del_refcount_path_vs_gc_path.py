# __del__ runs at once when the last reference goes (refcount path), but only in gc.collect() for a cycle.
import gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)

print("del of a plain object:")
a = Noisy("a")
del a
print("del of a self-cycle:")
b = Noisy("b")
b.me = b
del b
print("collect:")
print("collected:", gc.collect())
