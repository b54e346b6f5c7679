# A collection lists young objects in the order they were created: a class's bases, dict, type, MRO, descriptors
import gc

def make():
    class Local:
        def method(self):
            pass
    class Child(Local):
        def __init_subclass__(cls):
            pass
    return Child()

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
obj = make()
del obj
print("found", gc.collect())
print([type(o).__name__ for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
