# Freeing a container frees its items in its own order; each item's __del__ then its weakref callbacks run as it dies.
import weakref
class Node:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def cb(tag):
    return lambda r: print("cb", tag)
nodes = [Node(i) for i in range(3)]
refs = [weakref.ref(n, cb(n.n)) for n in nodes]
del nodes
d = {"a": Node("a"), "b": Node("b")}
refs2 = [weakref.ref(v, cb(k)) for k, v in d.items()]
del d
t = (Node("t1"), Node("t2"))
refs3 = [weakref.ref(v, cb(v.n)) for v in t]
del t
class Holder: pass
h = Holder(); h.x = Node("x"); h.y = Node("y")
refs4 = [weakref.ref(h.x, cb("x")), weakref.ref(h.y, cb("y")), weakref.ref(h, cb("h"))]
del h
print("end")
