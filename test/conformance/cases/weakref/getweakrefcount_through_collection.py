# weakref.getweakrefcount counts the weak references to an object; they are all cleared when a collection frees it.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Target:
    pass

t = Target()
t.me = t
r1 = weakref.ref(t)
r2 = weakref.ref(t)
r3 = weakref.ref(t, lambda wr: print("callback"))
p = weakref.proxy(t)
print("shared plain ref:", r1 is r2)
print("weakref count:", weakref.getweakrefcount(t))
print("getweakrefs types:", [type(w).__name__ for w in weakref.getweakrefs(t)])
del t
print("collected:", gc.collect())
print("dead:", r1() is None, r3() is None)
