# PEP 442: instances with __del__ in a cycle are collected; each finalizer runs exactly once.
import gc

class Res:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("finalize", self.name, "other is", self.other.name)

a = Res("a")
b = Res("b")
a.other = b
b.other = a
del a, b
print("before collect")
n = gc.collect()
print("collected:", n)
print("garbage left:", gc.garbage)
print("second collect:", gc.collect())
