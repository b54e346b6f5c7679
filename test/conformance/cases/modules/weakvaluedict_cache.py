# A WeakValueDictionary as a cache: entries vanish when the last strong reference to the value goes.
import gc
import sys
import weakref
gc.collect()

class Image:
    def __init__(self, name):
        self.name = name

cache = weakref.WeakValueDictionary()
key = "logo" + str(1)
img = Image("logo")
print("refs to value before:", sys.getrefcount(img))
cache[key] = img
print("refs to value after:", sys.getrefcount(img), "refs to key:", sys.getrefcount(key))
print("len:", len(cache), "hit:", cache[key] is img, cache.get("other"))
other = Image("icon")
cache["icon"] = other
print("keys:", sorted(cache.keys()))
del img
print("after del img:", len(cache), key in cache, sys.getrefcount(key))
try:
    cache[key]
except KeyError as e:
    print("KeyError:", e)
other = None
print("empty:", len(cache), list(cache.items()))
print("collected:", gc.collect())
