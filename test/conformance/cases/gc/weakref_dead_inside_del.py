# Inside a __del__ run by the collector, weakrefs to the garbage are already cleared, even though the objects are intact.
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "sees partner:", self.partner.name, "weakref to partner alive:", self.partner_ref() is not None)

a, b = Node("a"), Node("b")
a.partner, b.partner = b, a
a.partner_ref, b.partner_ref = weakref.ref(b), weakref.ref(a)
del a, b
print("collected:", gc.collect())

c = Node("c")
c.partner = Node("lone")
c.partner.partner = c.partner
c.partner_ref = weakref.ref(c.partner)
c.partner.partner_ref = lambda: None
del c
print("refcount path, collected:", gc.collect())
