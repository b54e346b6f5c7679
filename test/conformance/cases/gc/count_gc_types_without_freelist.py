# Sets, instances, functions and generators have no freelist: each counts +1 when made and -1 when freed
import gc
gc.collect()
gc.disable()
gc.get_count()  # the first call's result tuple sits on a freelist from now on

def show(label, before):
    print(label, gc.get_count()[0] - before)

class Slotted:
    __slots__ = ('x',)

def countdown(n):
    while n > 0:
        yield n
        n -= 1

a = gc.get_count()[0]; s = set(); show("set():", a)
a = gc.get_count()[0]; f = frozenset(s); show("frozenset(s):", a)
a = gc.get_count()[0]; del s, f; show("del s, f:", a)
a = gc.get_count()[0]; obj = Slotted(); show("Slotted():", a)
a = gc.get_count()[0]; del obj; show("del obj:", a)
a = gc.get_count()[0]; plain = object(); show("object() (not a GC type):", a)
a = gc.get_count()[0]; sq = lambda v: v * v; show("a lambda:", a)
a = gc.get_count()[0]; del sq; show("del the lambda:", a)
a = gc.get_count()[0]; g = countdown(2); show("a generator:", a)
a = gc.get_count()[0]; del g; show("del the generator:", a)
