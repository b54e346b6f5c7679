# A weakref.proxy with a callback: the collector calls it with the dead proxy, which then raises ReferenceError.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Thing:
    pass

def cb(proxy):
    try:
        proxy.anything
    except ReferenceError as e:
        print("callback: ReferenceError:", e)

t = Thing()
t.me = t
p = weakref.proxy(t, cb)
del t
print("collected:", gc.collect())
