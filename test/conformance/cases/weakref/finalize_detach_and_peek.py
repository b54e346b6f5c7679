# finalize.peek() and detach(): a detached finalizer does not run when the collector frees the object.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Obj:
    pass

def bye(tag):
    print("bye", tag)

a = Obj()
a.me = a
fa = weakref.finalize(a, bye, "a")
b = Obj()
b.me = b
fb = weakref.finalize(b, bye, "b")
print("peek:", fa.peek()[0] is a, fa.peek()[1] is bye, fa.peek()[2:])
obj, func, args, kwargs = fb.detach()
print("detached:", obj is b, args, "alive:", fb.alive)
del a, b, obj
print("collected:", gc.collect())
print("alive:", fa.alive, fb.alive)
