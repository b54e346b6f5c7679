# Each list slot holding an object is one reference, even when the same object fills several slots.
import sys

obj = {"n": 1}
print("name only:", sys.getrefcount(obj))
one = [obj]
print("in one list:", sys.getrefcount(obj))
three = [obj, obj, obj]
print("plus three slots:", sys.getrefcount(obj))
print("count in three:", three.count(obj), "index:", three.index(obj))
three[1] = "replaced"
print("after replacing a slot:", sys.getrefcount(obj))
