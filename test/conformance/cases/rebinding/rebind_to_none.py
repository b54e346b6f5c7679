# Rebinding a name to None drops its reference to the old object; the name itself survives.
import sys

a = [1, 2]
b = a
print("two names:", sys.getrefcount(a))
b = None
print("after b = None:", sys.getrefcount(a))
print("b is None:", b is None, "a:", a)
holder = {"ref": a}
print("held by dict:", sys.getrefcount(a))
holder["ref"] = None
print("after holder['ref'] = None:", sys.getrefcount(a), holder)
