# A finalize whose arguments refer to the object keep it alive: the object never dies while the finalizer waits.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Thing:
    pass

def done(obj):
    print("done with", type(obj).__name__)

t = Thing()
f = weakref.finalize(t, done, t)
del t
print("collected:", gc.collect())
print("still alive:", f.alive)
f()
print("after calling:", f.alive)
print("collected:", gc.collect())
