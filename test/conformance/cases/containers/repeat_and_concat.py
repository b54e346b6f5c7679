# [x] * n and list concatenation copy references, not objects.
import sys

x = [0]
rep = [x] * 3
print("after [x] * 3:", sys.getrefcount(x))
rep[0].append(1)
print("rep:", rep)
both = rep + rep
print("after rep + rep:", sys.getrefcount(x), len(both))
t = (x,) * 2
print("after (x,) * 2:", sys.getrefcount(x))
del rep, both, t
print("after del:", sys.getrefcount(x))
