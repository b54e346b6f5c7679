# An object passed down through nested calls gains one reference per active frame that holds it.
import sys

def inner(p):
    return sys.getrefcount(p)

def middle(p):
    return inner(p)

def outer(p):
    return middle(p)

g = [0]
print("module level:", sys.getrefcount(g))
print("one frame:", inner(g))
print("two frames:", middle(g))
print("three frames:", outer(g))
print("after:", sys.getrefcount(g))
