# A weak container that is itself part of garbage: its data, remove function, defaults and bookkeeping are collected too.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Owner:
    pass

for make in (weakref.WeakValueDictionary, weakref.WeakKeyDictionary, weakref.WeakSet):
    o = Owner()
    o.me = o
    o.container = make()
    print(make.__name__, "with its owner:", gc.collect(), end="")
    del o
    print(" ->", gc.collect())

o = Owner()
o.me = o
o.cache = weakref.WeakValueDictionary()
o.cache["self"] = o
del o
print("WeakValueDictionary holding its owner:", gc.collect())
