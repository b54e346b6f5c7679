# A weakref.proxy to a cycle member works until the collector frees the cycle, then raises ReferenceError.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Account:
    def __init__(self, owner):
        self.owner = owner

acc = Account("ann")
acc.me = acc
p = weakref.proxy(acc)
del acc
print("through the proxy:", p.owner)
print("collected:", gc.collect())
try:
    p.owner
except ReferenceError as e:
    print("ReferenceError:", e)
