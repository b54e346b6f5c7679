# A suspended generator whose local refers to the generator itself is a cycle; a finished one is not.
import gc

def counter():
    me = yield "started"
    while True:
        yield me

g = counter()
print(next(g))
print("yields itself:", g.send(g) is g)
del g
print("suspended self-holder collected:", gc.collect())

h = counter()
print(next(h))
h.send(h)
h.close()
del h
print("closed one collected:", gc.collect())
