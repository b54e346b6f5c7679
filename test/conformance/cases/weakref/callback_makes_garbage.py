# A weakref callback that runs during a collection may create new garbage; the next collection finds it.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Obj:
    pass

def cb(wr):
    junk = []
    junk.append(junk)
    print("callback made a cycle")

o = Obj()
o.me = o
w = weakref.ref(o, cb)
del o
print("first:", gc.collect())
print("second:", gc.collect())
