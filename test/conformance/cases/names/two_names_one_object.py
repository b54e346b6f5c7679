# Two names bound to one object: one object, two references, same identity.
import sys

a = ["spam"]
print("a alone:", sys.getrefcount(a))
b = a
print("a and b:", sys.getrefcount(a), sys.getrefcount(b))
print("b is a:", b is a)
print("same id:", id(a) == id(b))
c = ["spam"]
print("c == a:", c == a, "c is a:", c is a)
print("c alone:", sys.getrefcount(c))
