# Rebinding a name to another object moves the reference: the old object loses one, the new one gains one.
import sys

old = [1]
new = [2]
x = old
print("old, new:", sys.getrefcount(old), sys.getrefcount(new))
x = new
print("after x = new:", sys.getrefcount(old), sys.getrefcount(new))
x = [3]
print("after x = [3]:", sys.getrefcount(old), sys.getrefcount(new), sys.getrefcount(x))
print("x:", x)
