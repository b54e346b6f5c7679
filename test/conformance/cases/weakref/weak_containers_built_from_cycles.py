# WeakSet(iterable), WeakValueDictionary(dict) and WeakKeyDictionary(dict) built from cycle members empty out at gc.collect().
import gc
import sys
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Node:
    def __init__(self, name):
        self.name = name

nodes = [Node(n) for n in "abc"]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 3]
print("a refs:", sys.getrefcount(nodes[0]))
members = weakref.WeakSet(nodes)
by_name = weakref.WeakValueDictionary({n.name: n for n in nodes})
notes = weakref.WeakKeyDictionary({nodes[0]: "first"})
print("a refs with weak containers:", sys.getrefcount(nodes[0]))
print("sizes:", len(members), len(by_name), len(notes))
del nodes, n
print("after del:", len(members), len(by_name), len(notes))
print("collected:", gc.collect())
print("after collect:", len(members), len(by_name), len(notes))
