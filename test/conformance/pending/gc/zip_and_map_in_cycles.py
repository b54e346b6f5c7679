# zip and map objects stored in the list they iterate: each also holds a tuple of iterators (zip a result tuple too).
import gc

l = [1]
z = zip(l, l)
l.append(z)
del l, z
print("zip:", gc.collect())
l = [1]
m = map(str, l)
l.append(m)
del l, m
print("map:", gc.collect())
l = [1, 2]
e = enumerate(l)
l.append(e)
del l, e
print("enumerate:", gc.collect())
