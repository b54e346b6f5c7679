# WeakValueDictionary methods after the collector freed a value: get() gives the default, setdefault stores anew.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Val:
    def __init__(self, n):
        self.n = n

d = weakref.WeakValueDictionary()
v = Val(1)
v.me = v
d["k"] = v
print("get:", d.get("k").n)
del v
gc.collect()
print("get after collect:", d.get("k", "missing"))
print("in:", "k" in d)
fresh = Val(2)
print("setdefault:", d.setdefault("k", fresh).n)
print("pop:", d.pop("k").n, len(d))
