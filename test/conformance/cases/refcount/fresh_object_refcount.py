# A freshly made object passed straight to getrefcount has just the argument reference.
import sys

def make():
    return [1, 2]

print("list display:", sys.getrefcount([1, 2, 3]))
print("function result:", sys.getrefcount(make()))
print("dict display:", sys.getrefcount({"k": []}))
print("computed string:", sys.getrefcount("ab" * int("40")))
x = make()
print("bound to a name:", sys.getrefcount(x))
print("subscript of fresh list:", sys.getrefcount([x][0]))
