# What gc.collect(1) does to objects held only by running functions' local variables, and to a generator.
# conformance: gc-variant 3.14 incremental
import gc

def where(obj):
    return [g for g in range(3) if any(o is obj for o in gc.get_objects(g))]

class Box:
    pass

def inner(arg):
    local = [arg]
    gc.collect(1)
    print("inner's local list:", where(local))
    print("inner's argument:", where(arg))

def outer():
    mine = Box()
    inner({"box": mine})
    print("outer's local Box:", where(mine))

gc.collect()
outer()
gc.collect()
gen = (x for x in [[1]])
print("new generator:", where(gen))
gc.collect(1)
print("after collect(1):", where(gen))
