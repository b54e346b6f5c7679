# Objects hanging off a garbage cycle are finalized in the same collection, even though they are not in the cycle.
import gc

class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

ring = [Loud("in-cycle")]
ring.append(ring)
ring.append([Loud("tail")])
del ring
print("collected:", gc.collect())
