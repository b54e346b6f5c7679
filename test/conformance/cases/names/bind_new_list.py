# A list bound to one name: getrefcount counts the name plus its own argument; a temporary counts only the argument.
import sys

a = [1, 2, 3]
print("bound to a:", sys.getrefcount(a))
print("minus the argument:", sys.getrefcount(a) - 1)
print("temporary list:", sys.getrefcount([1, 2, 3]))
print("temporary dict:", sys.getrefcount({"k": 1}))
b = {"x": 1, "y": 2}
print("bound dict:", sys.getrefcount(b))
