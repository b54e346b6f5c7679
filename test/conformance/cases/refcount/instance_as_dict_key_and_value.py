# An instance used as a dict key and as a value: the dict holds one reference for each.
import sys

class Key:
    pass

k = Key()
v = ["value"]
print("k:", sys.getrefcount(k), "v:", sys.getrefcount(v))
d = {k: v}
print("after d = {k: v}:", sys.getrefcount(k), sys.getrefcount(v))
d[k] = v
print("same key again:", sys.getrefcount(k), sys.getrefcount(v))
d["other"] = v
print("v under two keys:", sys.getrefcount(v))
d2 = dict(d)
print("copied dict:", sys.getrefcount(k), sys.getrefcount(v))
del d[k]
print("after del d[k]:", sys.getrefcount(k), sys.getrefcount(v))
d2.clear()
d.clear()
print("after clear:", sys.getrefcount(k), sys.getrefcount(v))
