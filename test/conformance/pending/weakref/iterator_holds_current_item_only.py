# A started iterator over a WeakValueDictionary holds the dictionary and its current value, not the other values.
import sys
import weakref

class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)

items = [Item(i) for i in range(3)]
cache = weakref.WeakValueDictionary()
for i in items:
    cache[i.n] = i
del i
print("cache refs:", sys.getrefcount(cache))
it = cache.values()
print("first:", next(it).n)
print("cache refs while iterating:", sys.getrefcount(cache))
print("deleting the others:")
del items[1:]
print("type:", type(it).__name__)
del it
print("end")
