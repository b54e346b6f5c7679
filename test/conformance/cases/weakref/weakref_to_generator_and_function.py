# Generators and functions support weak references; a function in a closure cycle dies at gc.collect().
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

def make():
    def loop():
        return loop
    return loop

def gen():
    yield 1

f = make()
g = gen()
rf = weakref.ref(f, lambda wr: print("function gone"))
rg = weakref.ref(g, lambda wr: print("generator gone"))
del g
print("after del g:", rg())
del f
print("after del f:", rf() is not None)
print("collected:", gc.collect())
