# A nested function that refers to itself through its closure cell: function -> closure tuple -> cell -> function.
import gc
import sys

def make():
    def again(n):
        return again if n else None
    return again

f = make()
print("cell holds f:", f.__closure__[0].cell_contents is f)
print("f refs:", sys.getrefcount(f))
del f
print("collected:", gc.collect())
