# Returning a parameter gives the caller another reference to the same object.
import sys

def identity(x):
    return x

def first(seq):
    return seq[0]

a = [1, 2]
b = identity(a)
print("b is a:", b is a, "refs:", sys.getrefcount(a))
nested = [a, [3]]
c = first(nested)
print("c is a:", c is a, "refs:", sys.getrefcount(a))
print("identity of a temporary:", sys.getrefcount(identity([0])))
