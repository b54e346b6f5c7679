# Two separate garbage cycles with __del__: all finalizers of one collection run before either cycle is cleared.
import gc

log = []

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

p, q = Node("p1"), Node("p2")
p.o, q.o = q, p
r, s = Node("r1"), Node("r2")
r.o, s.o = s, r
del p, q, r, s
print("collected:", gc.collect())
print("finalized:", log)
