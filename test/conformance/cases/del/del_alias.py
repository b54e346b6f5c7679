# del removes a name, not the object: the object lives on while another name refers to it.
import sys

a = [1, 2, 3]
b = a
print("two names:", sys.getrefcount(a))
del b
print("after del b:", sys.getrefcount(a))
print("a still works:", a)
c = a
d = a
del c, d
print("after del c, d:", sys.getrefcount(a))
