# The collector calls the __del__ methods of a garbage cycle's members in the order of its generation list.
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a, b, c = Node("a"), Node("b"), Node("c")
a.next, b.next, c.next = b, c, a
del a, b, c
print("collected:", gc.collect())

x, y, z = Node("x"), Node("y"), Node("z")
z.next, y.next, x.next = y, x, z
del z, y, x
print("collected:", gc.collect())
