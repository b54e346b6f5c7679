# weakref.finalize on a cycle member runs when the collector frees the cycle; .alive tells whether it is pending.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Resource:
    def __init__(self, name):
        self.name = name

def release(name):
    print("release", name)

r = Resource("db")
r.self_ref = r
f = weakref.finalize(r, release, r.name)
print("alive:", f.alive)
del r
print("after del, alive:", f.alive)
print("collected:", gc.collect())
print("after collect, alive:", f.alive)
print("calling again:", f())
