# Using a name after del raises NameError at module level, after earlier output was printed.
import sys

data = [1, 2, 3]
print("before del:", data)
print("refs:", sys.getrefcount(data))
del data
print("deleted")
print(data)
print("never printed")
