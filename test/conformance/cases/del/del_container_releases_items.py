# Deleting the last reference to a container releases its references to the items.
import sys

a = [1]
b = {"k": 2}
box = [a, b, a]
print("a, b while boxed:", sys.getrefcount(a), sys.getrefcount(b))
del box
print("a, b after del box:", sys.getrefcount(a), sys.getrefcount(b))
outer = {"inner": [a, a]}
print("a in a list inside a dict:", sys.getrefcount(a))
del outer["inner"]
print("after del outer['inner']:", sys.getrefcount(a), outer)
