# With DEBUG_SAVEALL every unreachable object goes to gc.garbage instead of being freed; __del__ still runs.
import gc

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = Item("a")
b = [a]
a.back = b
del a, b
print("collected:", gc.collect())
print("garbage:", sorted(type(o).__name__ for o in gc.garbage))
print("the item is intact:", [o.name for o in gc.garbage if type(o) is Item])
gc.set_debug(0)
print("debug flags:", gc.get_debug())
gc.garbage.clear()
print("collected after clearing gc.garbage:", gc.collect())
