# Chained assignment a = b = c = x binds every target to the same object.
import sys

a = b = c = []
print("three names:", sys.getrefcount(a))
print("all the same:", a is b, b is c)
b.append("x")
print("a sees it:", a)
x = y = {}
print("two names:", sys.getrefcount(x))
a = b = None
print("c keeps it:", sys.getrefcount(c), c)
