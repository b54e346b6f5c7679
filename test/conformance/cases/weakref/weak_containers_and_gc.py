# gc.collect() runs the callbacks of weakrefs to garbage: weak containers drop entries, and a weakref its callback freed counts as collected.
import gc, weakref, sys
gc.collect()
class Node:
    pass
cache = weakref.WeakValueDictionary()
a = Node(); a.me = a
cache["a"] = a
del a
print("collect:", gc.collect(), len(cache))
x = Node(); y = Node()
k = "key" + str(1)
cache[k] = x
cache[k] = y
print(len(cache), sys.getrefcount(k), weakref.getweakrefcount(x), weakref.getweakrefcount(y))
del x
print(len(cache))
del y
print(len(cache), sys.getrefcount(k))
s = weakref.WeakSet()
b = Node(); b.me = b
s.add(b)
del b
print("collect set:", gc.collect(), len(s))
wk = weakref.WeakKeyDictionary()
c = Node(); c.me = c
wk[c] = [1]
del c
print("collect wk:", gc.collect(), len(wk))
def cb(r):
    print("cb sees", r(), len(holder))
holder = []
d = Node(); d.me = d
holder.append(weakref.ref(d, cb))
del d
print("collect cb:", gc.collect())
e = Node(); e.me = e
holder.append(weakref.ref(e, lambda r: holder.clear()))
del e
print("collect self-freeing cb:", gc.collect(), holder)
