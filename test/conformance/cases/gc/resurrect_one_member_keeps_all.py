# Resurrecting one member of a 3-object cycle keeps all three; they are freed later without a second __del__.
import gc

saved = None

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        global saved
        print("__del__", self.name)
        if self.name == "b":
            saved = self

a, b, c = Node("a"), Node("b"), Node("c")
a.n, b.n, c.n = b, c, a
del a, b, c
print("collected:", gc.collect())
print("ring intact:", saved.name, saved.n.name, saved.n.n.name, saved.n.n.n.name)
print("all finalized:", gc.is_finalized(saved), gc.is_finalized(saved.n), gc.is_finalized(saved.n.n))
saved = None
print("collected later:", gc.collect())
