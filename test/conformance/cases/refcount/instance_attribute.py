# Storing an object as an instance attribute adds a reference; del of the attribute or the instance removes it.
import sys

class Holder:
    pass

payload = ["payload"]
print("alone:", sys.getrefcount(payload))
h = Holder()
h.item = payload
print("as attribute:", sys.getrefcount(payload))
h.other = payload
print("two attributes:", sys.getrefcount(payload))
del h.item
print("after del h.item:", sys.getrefcount(payload))
h2 = Holder()
h2.item = payload
print("in two instances:", sys.getrefcount(payload))
del h
print("after del h:", sys.getrefcount(payload))
h2.item = None
print("after rebinding the attribute:", sys.getrefcount(payload))
