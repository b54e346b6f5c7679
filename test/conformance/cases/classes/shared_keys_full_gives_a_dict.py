# Each new instance uses up a slot of its class's shared keys; once full, a new attribute name gives the instance its own dict, which gc counts
import gc

class Node:
    pass

nodes = [Node() for i in range(40)]
a, b = nodes[0], nodes[1]
a.first = b
b.second = a
del nodes, a, b
print("found", gc.collect())
