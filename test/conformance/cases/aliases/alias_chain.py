# Every alias adds one reference to the same object; identity is shared along the chain.
import sys

a = [1, 2]
print("a:", sys.getrefcount(a))
b = a
print("after b = a:", sys.getrefcount(a))
c = b
print("after c = b:", sys.getrefcount(a))
print("c is a:", c is a, "id(c) == id(a):", id(c) == id(a))
d = c
print("after d = c:", sys.getrefcount(d))
