# PEP 442: __del__ of an object in a garbage cycle runs exactly once, even after the object is resurrected.
import gc

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)

p = Phoenix("p")
p.me = p
del p
print("first collect:", gc.collect())
print("saved:", [o.name for o in saved])
print("finalized:", gc.is_finalized(saved[0]))
saved.clear()
print("second collect:", gc.collect())
print("third collect:", gc.collect())
