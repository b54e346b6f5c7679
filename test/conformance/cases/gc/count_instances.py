# Class instances count +1 when created and -1 when freed; an attribute dict made on demand counts too
# conformance: not-for 3.14: pyodide 3.14.2's incremental GC counts tracked objects (+1 on track, -1 on untrack), so freelists never show in gc.get_count(); 3.14.5+ counts allocations as 3.13 does
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
