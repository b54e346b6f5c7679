# One object referenced from a name, a list and a dict: each holder contributes one reference.
import sys

obj = {"id": 7}
print("name only:", sys.getrefcount(obj))
holders = [obj]
print("plus a list:", sys.getrefcount(obj))
index = {"seven": obj}
print("plus a dict:", sys.getrefcount(obj))
pair = (obj, obj)
print("plus a tuple holding it twice:", sys.getrefcount(obj))
print("all the same object:", holders[0] is index["seven"], pair[1] is obj)
