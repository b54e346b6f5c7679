# A lambda stored on the object it closes over: instance -> lambda -> cell -> instance.
import gc

class Counter:
    def __init__(self):
        me = self
        self.bump = lambda: me.value + 1
        self.value = 0

c = Counter()
print("bump:", c.bump())
del c
print("collected:", gc.collect())
