# A cycle built from a function's locals becomes garbage when the function returns; gc.collect() inside it finds nothing.
import gc

def build():
    a = {"name": "a"}
    b = {"name": "b", "a": a}
    a["b"] = b
    print("inside, collect:", gc.collect())
    return len(a)

print("returned:", build())
print("after return, collect:", gc.collect())
