# A parameter is a reference held by the callee's frame while the call runs.
import sys

def count(p):
    return sys.getrefcount(p)

g = [1, 2, 3]
print("global at module level:", sys.getrefcount(g))
print("global passed as parameter:", count(g))
print("temporary passed as parameter:", count([4, 5]))
h = g
print("with an alias, passed:", count(g))
print("after the call:", sys.getrefcount(g))
