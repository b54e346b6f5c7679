# Class instances count +1 when created and -1 when freed; an attribute dict made on demand counts too
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()

def show(label, before):
    print(label, gc.get_count()[0] - before)

class Point:
    def __init__(self, x):
        self.x = x

class Slotted:
    __slots__ = ('x',)

a = gc.get_count()[0]; p = Point(1); show("Point(1):", a)
a = gc.get_count()[0]; del p; show("del p:", a)
a = gc.get_count()[0]; s = Slotted(); show("Slotted():", a)
a = gc.get_count()[0]; del s; show("del s:", a)
a = gc.get_count()[0]; o = object(); show("object() (not a GC type):", a)
a = gc.get_count()[0]; q = Point(2); d = q.__dict__; show("Point(2) and its __dict__:", a)
a = gc.get_count()[0]; del q, d; show("del q, d:", a)
